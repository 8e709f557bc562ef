package io.converge.crypto.hd;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import java.util.Arrays;
import java.util.Objects;

/**
 * The 20-byte Ethereum address of a key: the last 20 bytes of keccak256 of the 64-byte public key.
 * crypto sits below the {@code types} module and its {@code Address}; this small value is what key
 * derivation hands back, and {@link #bytes()} converts.
 */
public record AccountAddress(byte[] bytes) {
  public static final int SIZE = 20;

  public AccountAddress {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + bytes.length);
    }
    bytes = bytes.clone();
  }

  public static AccountAddress fromPublicKey(byte[] publicKey64) {
    if (publicKey64.length != Secp256k1.PUBLIC_KEY_SIZE) {
      throw new IllegalArgumentException(
          "public key must be 64 bytes (x || y), got " + publicKey64.length);
    }
    byte[] hash = Keccak256.hash(publicKey64);
    return new AccountAddress(Arrays.copyOfRange(hash, hash.length - SIZE, hash.length));
  }

  public static AccountAddress fromPrivateKey(byte[] privateKey32) {
    return fromPublicKey(Secp256k1.best().publicKey(privateKey32));
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** EIP-55 mixed-case hex with the 0x prefix. */
  public String toChecksumHex() {
    return AddressChecksum.toChecksumHex(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountAddress other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return toChecksumHex();
  }
}
