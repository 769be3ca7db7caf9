/**
 * Not API. The OAuth mechanics, on the JDK alone: RFC 5849 signatures (RSA-SHA1) for Jira's OAuth 1.0a
 * application links, PEM private keys, and PKCE (RFC 7636) for Jira Data Center's OAuth 2.0 provider. Nothing
 * here knows HTTP clients or configuration; no secret reaches a message.
 */
@NullMarked
package io.github.xray4j.core.internal.oauth;

import org.jspecify.annotations.NullMarked;
