package io.converge.crypto.hd;

import io.converge.crypto.hash.Sha256;
import java.math.BigInteger;
import java.util.Arrays;

/** Bitcoin's Base58Check, which BIP-32 uses to print extended keys. Encoding only. */
final class Base58Check {
  private static final char[] ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Check() {}

  /** payload followed by the first 4 bytes of SHA-256(SHA-256(payload)), in base 58. */
  static String encode(byte[] payload) {
    byte[] checksum = Sha256.hash(Sha256.hash(payload));
    byte[] data = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(checksum, 0, data, payload.length, 4);
    StringBuilder out = new StringBuilder();
    BigInteger value = new BigInteger(1, data);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(BASE);
      out.append(ALPHABET[qr[1].intValue()]);
      value = qr[0];
    }
    // Each leading zero byte is written as a leading '1', which the number itself would lose.
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      out.append(ALPHABET[0]);
    }
    return out.reverse().toString();
  }
}
