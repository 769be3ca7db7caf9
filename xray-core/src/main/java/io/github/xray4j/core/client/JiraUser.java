package io.github.xray4j.core.client;

import org.jspecify.annotations.Nullable;

/**
 * The user the credentials belong to, as Jira's {@code myself} answers.
 *
 * @param name the user name (Server/DC)
 * @param key the user key (Server/DC)
 * @param accountId the account id (Cloud)
 * @param displayName the display name
 * @param emailAddress the e-mail address, if visible
 */
public record JiraUser(
    @Nullable String name,
    @Nullable String key,
    @Nullable String accountId,
    @Nullable String displayName,
    @Nullable String emailAddress) {}
