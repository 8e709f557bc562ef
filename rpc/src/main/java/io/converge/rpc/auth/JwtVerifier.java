package io.converge.rpc.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

/**
 * The Engine API's authentication: {@code Authorization: Bearer <jwt>}, HS256 only, signed with the shared secret, and
 * an {@code iat} within 60 seconds of our clock either way. Other claims are ignored except an {@code exp} in the past.
 */
public final class JwtVerifier {
  static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);
  private static final String BEARER = "Bearer ";

  private final JwtSecret secret;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper();

  public JwtVerifier(JwtSecret secret, Clock clock) {
    this.secret = Objects.requireNonNull(secret, "secret");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Checks an {@code Authorization} header value; null when the header is absent. */
  public JwtVerdict verify(String authorization) {
    if (authorization == null || !authorization.startsWith(BEARER) || authorization.length() == BEARER.length()) {
      return rejected("missing token");
    }
    String[] parts = authorization.substring(BEARER.length()).strip().split("\\.", -1);
    if (parts.length != 3) {
      return rejected("token is malformed: token contains an invalid number of segments");
    }
    JsonNode header;
    JsonNode claims;
    byte[] signature;
    try {
      header = json.readTree(decode(parts[0]));
      claims = json.readTree(decode(parts[1]));
      signature = decode(parts[2]);
    } catch (IllegalArgumentException | IOException e) {
      return rejected("token is malformed: could not base64 decode or parse JSON");
    }
    String algorithm = header != null && header.isObject() ? header.path("alg").asText("none") : "none";
    if (!"HS256".equals(algorithm)) {
      return rejected("token signature is invalid: signing method " + algorithm + " is invalid");
    }
    byte[] expected = secret.mac((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    if (!MessageDigest.isEqual(expected, signature)) {
      return rejected("token signature is invalid: signature is invalid");
    }
    if (claims == null || !claims.isObject()) {
      return rejected("token is malformed: claims are not a JSON object");
    }
    long now = clock.instant().getEpochSecond();
    JsonNode expiry = claims.get("exp");
    if (expiry != null && expiry.isNumber() && expiry.asLong() < now) {
      return rejected("token is expired");
    }
    JsonNode issuedAt = claims.get("iat");
    if (issuedAt == null || !issuedAt.isNumber()) {
      return rejected("missing issued-at");
    }
    long iat = issuedAt.asLong();
    if (now - iat > MAX_CLOCK_SKEW.getSeconds()) {
      return rejected("stale token");
    }
    if (iat - now > MAX_CLOCK_SKEW.getSeconds()) {
      return rejected("future token");
    }
    return new JwtVerdict.Accepted();
  }

  private static byte[] decode(String base64url) {
    return Base64.getUrlDecoder().decode(base64url);
  }

  private static JwtVerdict rejected(String reason) {
    return new JwtVerdict.Rejected(reason);
  }
}
