package io.github.xray4j.core.internal.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xray4j.core.testing.TestKeys;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** RFC 5849's own examples, its percent-encoding rules, and RSA-SHA1 signatures checked with the public key. */
class OAuth1SignerTest {

  @Test
  void reproduces_the_signature_base_string_of_rfc_5849_section_3_4_1_1() {
    // given: the request of the RFC's example, its form body "c2&a3=2+q" and its protocol parameters
    URI uri = URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
    List<Map.Entry<String, String>> params = new ArrayList<>(OAuth1Signer.formParameters("c2&a3=2+q"));
    params.addAll(List.of(
        Map.entry("realm", "Example"),
        Map.entry("oauth_consumer_key", "9djdj82h48djs9d2"),
        Map.entry("oauth_token", "kkk9d7dh3k39sjv7"),
        Map.entry("oauth_signature_method", "HMAC-SHA1"),
        Map.entry("oauth_timestamp", "137131201"),
        Map.entry("oauth_nonce", "7d8f3e4a"),
        Map.entry("oauth_signature", "djosJKDKJSD8743243%2Fjdk33klY%3D")));

    // when
    String base = OAuth1Signer.baseString("POST", uri, params);

    // then: exactly the RFC's text (its line breaks are for display only)
    assertThat(base).isEqualTo("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
        + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
        + "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
        + "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
        + "9d7dh3k39sjv7");
  }

  @Test
  void reproduces_the_hmac_sha1_signature_of_rfc_5849_section_1_2() throws Exception {
    // given: the photo request of the RFC's introduction, with its client and token secrets
    URI uri = URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original");
    List<Map.Entry<String, String>> params = List.of(
        Map.entry("realm", "Photos"),
        Map.entry("oauth_consumer_key", "dpf43f3p2l4k3l03"),
        Map.entry("oauth_token", "nnch734d00sl2jdk"),
        Map.entry("oauth_signature_method", "HMAC-SHA1"),
        Map.entry("oauth_timestamp", "137131202"),
        Map.entry("oauth_nonce", "chapoH"));

    // when: HMAC-SHA1 (RFC 5849 section 3.4.2), computed here because xray4j signs with RSA-SHA1 only
    String base = OAuth1Signer.baseString("GET", uri, params);
    Mac hmac = Mac.getInstance("HmacSHA1");
    hmac.init(new SecretKeySpec("kd94hf93k423kf44&pfkkdhi9sl3r4s00".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
    String signature = Base64.getEncoder().encodeToString(hmac.doFinal(base.getBytes(StandardCharsets.US_ASCII)));

    // then
    assertThat(base).isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26"
        + "oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method%3DHMAC-SHA1"
        + "%26oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal");
    assertThat(signature).isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
    assertThat(OAuth1Signer.header(Map.of("oauth_signature", signature)))
        .isEqualTo("OAuth oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"");
  }

  @Test
  void percent_encodes_as_rfc_3986_and_5849_section_3_6_say() {
    assertThat(OAuth1Signer.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    assertThat(OAuth1Signer.encode("a b+c*d/e=f&g%")).isEqualTo("a%20b%2Bc%2Ad%2Fe%3Df%26g%25");
    assertThat(OAuth1Signer.encode("é☃")).isEqualTo("%C3%A9%E2%98%83");
  }

  @Test
  void puts_the_base_uri_in_lower_case_and_drops_default_ports_but_keeps_others() {
    assertThat(OAuth1Signer.baseUri(URI.create("HTTP://Jira.Example.COM:80/rest/api/2/myself?x=1")))
        .isEqualTo("http://jira.example.com/rest/api/2/myself");
    assertThat(OAuth1Signer.baseUri(URI.create("https://jira.example.com:443")))
        .isEqualTo("https://jira.example.com/");
    assertThat(OAuth1Signer.baseUri(URI.create("https://jira.example.com:8443/jira/rest")))
        .isEqualTo("https://jira.example.com:8443/jira/rest");
  }

  @Test
  void signs_with_rsa_sha1_a_header_that_the_public_key_verifies() {
    // given
    KeyPair pair = TestKeys.rsa();
    AtomicInteger nonce = new AtomicInteger();
    OAuth1Signer signer = new OAuth1Signer("xray4j", pair.getPrivate(),
        Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC), () -> "nonce-" + nonce.incrementAndGet());
    URI uri = URI.create("https://jira.example.com/rest/raven/2.0/api/test?keys=CALC-1%3BCALC-2");

    // when
    Map<String, String> first = OAuth1Signer.parseHeader(signer.authorization("GET", uri, "access-1", Map.of()));
    Map<String, String> second = OAuth1Signer.parseHeader(signer.authorization("GET", uri, "access-1", Map.of()));

    // then
    assertThat(first).containsEntry("oauth_consumer_key", "xray4j").containsEntry("oauth_token", "access-1")
        .containsEntry("oauth_signature_method", "RSA-SHA1").containsEntry("oauth_timestamp", "1777629600")
        .containsEntry("oauth_nonce", "nonce-1").containsEntry("oauth_version", "1.0");
    assertThat(second.get("oauth_nonce")).isEqualTo("nonce-2");
    assertThat(OAuth1Signer.verify(pair.getPublic(), base("GET", uri, first), first.get("oauth_signature"))).isTrue();
    assertThat(OAuth1Signer.verify(pair.getPublic(), base("GET", URI.create("https://jira.example.com/rest/raven/2.0"
        + "/api/test?keys=CALC-3"), first), first.get("oauth_signature")))
        .as("another query is another signature").isFalse();
    assertThat(OAuth1Signer.verify(TestKeys.rsa().getPublic(), base("GET", uri, first), first.get("oauth_signature")))
        .as("another key pair").isFalse();
  }

  @Test
  void reads_pkcs8_and_pkcs1_private_keys_and_says_what_is_wrong_without_showing_the_key() {
    // given
    KeyPair pair = TestKeys.rsa();

    // then
    assertThat(Pem.rsaPrivateKey(TestKeys.pkcs8Pem(pair))).isEqualTo(pair.getPrivate());
    assertThat(Pem.rsaPrivateKey(TestKeys.pkcs1Pem(pair)).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    String broken = TestKeys.pkcs8Pem(pair).replace("MII", "AAA");
    assertThatThrownBy(() -> Pem.rsaPrivateKey(broken)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the PEM block PRIVATE KEY does not hold a readable RSA private key");
    assertThatThrownBy(() -> Pem.rsaPrivateKey("ssh-rsa AAAA")).hasMessageContaining("not a PEM private key");
  }

  @Test
  void pkce_challenge_is_the_rfc_7636_appendix_b_example() {
    assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    assertThat(Pkce.generate().verifier()).hasSize(43).isNotEqualTo(Pkce.generate().verifier());
  }

  private static String base(String method, URI uri, Map<String, String> header) {
    return OAuth1Signer.baseString(method, uri, new ArrayList<>(new LinkedHashMap<>(header).entrySet()));
  }
}
