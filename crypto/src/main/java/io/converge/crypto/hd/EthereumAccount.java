package io.converge.crypto.hd;

import io.converge.crypto.secp256k1.Secp256k1;
import java.util.Objects;

/**
 * A key derived for Ethereum and its address. Not a record, because it holds a secret: {@link
 * #toString()} shows the path and address only, and {@link #privateKey()} returns a copy.
 */
public final class EthereumAccount {
  private final DerivationPath path;
  private final byte[] privateKey;
  private final AccountAddress address;

  EthereumAccount(DerivationPath path, byte[] privateKey, AccountAddress address) {
    this.path = Objects.requireNonNull(path, "path");
    if (privateKey.length != Secp256k1.PRIVATE_KEY_SIZE) {
      throw new IllegalArgumentException("private key must be 32 bytes");
    }
    this.privateKey = privateKey.clone();
    this.address = Objects.requireNonNull(address, "address");
  }

  public DerivationPath path() {
    return path;
  }

  /** The 32-byte secp256k1 private key. */
  public byte[] privateKey() {
    return privateKey.clone();
  }

  public AccountAddress address() {
    return address;
  }

  @Override
  public String toString() {
    return "EthereumAccount[" + path + " " + address.toChecksumHex() + "]";
  }
}
