package io.converge.txpool;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A test account: a private key, its address, and builders of real signed transactions. */
final class Signer {
  static final ChainId CHAIN = ChainId.of(1337);
  static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");
  static final long GAS = 21_000;

  private final byte[] key;
  private final Address address;

  private Signer(byte[] key) {
    this.key = key;
    this.address = Address.fromLow20(Keccak256.hash(Secp256k1.best().publicKey(key)));
  }

  /** The account with private key {@code n + 1}: distinct, deterministic keys. */
  static Signer number(int n) {
    byte[] key = new byte[32];
    byte[] v = BigInteger.valueOf(n + 1L).toByteArray();
    System.arraycopy(v, 0, key, 32 - v.length, v.length);
    return new Signer(key);
  }

  static List<Signer> first(int count) {
    List<Signer> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(number(i));
    }
    return out;
  }

  Address address() {
    return address;
  }

  /** An EIP-1559 transfer of 1 wei. */
  Transaction dynamic(long nonce, long tip, long maxFee) {
    return dynamic(nonce, tip, maxFee, GAS, Bytes.EMPTY, CHAIN);
  }

  Transaction dynamic(long nonce, long tip, long maxFee, long gas, Bytes data, ChainId chain) {
    return DynamicFeeTransaction.unsigned(chain, nonce, Wei.of(tip), Wei.of(maxFee), gas, Optional.of(TO), Wei.of(1),
        data, AccessList.EMPTY).signedWith(key, Secp256k1.best());
  }

  Transaction legacy(long nonce, long gasPrice) {
    return LegacyTransaction.unsigned(nonce, Wei.of(gasPrice), GAS, Optional.of(TO), Wei.of(1), Bytes.EMPTY,
        Optional.of(CHAIN)).signedWith(key, Secp256k1.best());
  }

  Transaction blob(long nonce, long tip, long maxFee, long blobFee) {
    byte[] versioned = new byte[32];
    versioned[0] = BlobTransaction.VERSIONED_HASH_VERSION_KZG;
    versioned[31] = (byte) nonce;
    return BlobTransaction.unsigned(CHAIN, nonce, Wei.of(tip), Wei.of(maxFee), GAS, TO, Wei.of(1), Bytes.EMPTY,
        AccessList.EMPTY, Wei.of(blobFee), List.of(Hash.wrap(versioned))).signedWith(key, Secp256k1.best());
  }
}
