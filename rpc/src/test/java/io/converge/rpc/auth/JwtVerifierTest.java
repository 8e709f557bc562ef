package io.converge.rpc.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {
  private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);
  private static final Bytes KEY = Bytes.fromHex("0x" + "11".repeat(32));
  private final JwtVerifier verifier = new JwtVerifier(new JwtSecret(KEY), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void acceptsATokenBuiltIndependentlyOfOurSigner() throws Exception {
    String token = token("{\"typ\":\"JWT\",\"alg\":\"HS256\"}", "{\"iat\":" + NOW.getEpochSecond() + ",\"id\":\"cl\"}");

    assertThat(verifier.verify("Bearer " + token)).isEqualTo(new JwtVerdict.Accepted());
  }

  @Test
  void refusesUnsignedTokens() throws Exception {
    String signed = token("{\"alg\":\"none\"}", "{\"iat\":" + NOW.getEpochSecond() + "}");
    String unsigned = signed.substring(0, signed.lastIndexOf('.') + 1);

    assertThat(verifier.verify("Bearer " + unsigned)).isEqualTo(
        new JwtVerdict.Rejected("token signature is invalid: signing method none is invalid"));
    assertThat(verifier.verify("Bearer " + signed)).isInstanceOf(JwtVerdict.Rejected.class);
  }

  @Test
  void requiresIssuedAt() throws Exception {
    assertThat(verifier.verify("Bearer " + token("{\"alg\":\"HS256\"}", "{}")))
        .isEqualTo(new JwtVerdict.Rejected("missing issued-at"));
  }

  @Test
  void refusesAnExpiredToken() throws Exception {
    String token = token("{\"alg\":\"HS256\"}",
        "{\"iat\":" + NOW.getEpochSecond() + ",\"exp\":" + (NOW.getEpochSecond() - 1) + "}");

    assertThat(verifier.verify("Bearer " + token)).isEqualTo(new JwtVerdict.Rejected("token is expired"));
  }

  @Test
  void refusesMalformedHeaders() {
    assertThat(verifier.verify(null)).isEqualTo(new JwtVerdict.Rejected("missing token"));
    assertThat(verifier.verify("Basic abc")).isEqualTo(new JwtVerdict.Rejected("missing token"));
    assertThat(verifier.verify("Bearer a.b")).isInstanceOf(JwtVerdict.Rejected.class);
    assertThat(verifier.verify("Bearer !!.??.**")).isInstanceOf(JwtVerdict.Rejected.class);
  }

  private static String token(String header, String claims) throws Exception {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY.toArray(), "HmacSHA256"));
    return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }
}
