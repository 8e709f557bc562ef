package io.converge.types.transaction;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * One tuple of an EIP-7702 authorization list: the authority (whoever signed it) lets {@code address}'s code run as its
 * own. The fields take the widths EIP-7702 allows on the wire; whether the tuple applies (chain id 0 or ours, the
 * authority's nonce, a low s) is decided when the transaction executes, so an out-of-range tuple still decodes.
 */
public record Authorization(UInt256 chainId, Address address, long nonce, int yParity, BigInteger r, BigInteger s) {
  /** The prefix of the message an authority signs (EIP-7702 MAGIC). */
  public static final byte MAGIC = 0x05;

  public Authorization {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(address, "address");
    if (yParity < 0 || yParity > 0xff) {
      throw new IllegalArgumentException("y parity must fit in a byte, got " + yParity);
    }
    requireUInt256("r", r);
    requireUInt256("s", s);
  }

  /** Signs {@code (chainId, address, nonce)} with {@code privateKey}. */
  public static Authorization sign(UInt256 chainId, Address address, long nonce, byte[] privateKey, Secp256k1 curve) {
    Signature sig = curve.sign(signingHash(chainId, address, nonce).unsafeArray(), privateKey);
    return new Authorization(chainId, address, nonce, sig.recoveryId(), sig.r(), sig.s());
  }

  /** {@code keccak256(MAGIC || rlp([chain_id, address, nonce]))}. */
  public Hash signingHash() {
    return signingHash(chainId, address, nonce);
  }

  private static Hash signingHash(UInt256 chainId, Address address, long nonce) {
    RlpWriter w = new RlpWriter(64);
    w.startList().writeBigInteger(chainId.value()).writeBytes(address.unsafeArray()).writeLong(nonce).endList();
    byte[] rlp = w.toByteArray();
    byte[] message = new byte[rlp.length + 1];
    message[0] = MAGIC;
    System.arraycopy(rlp, 0, message, 1, rlp.length);
    return Hash.wrap(Keccak256.hash(message));
  }

  /**
   * The account that signed this tuple, or empty when the signature cannot count: y parity not 0 or 1, r or s out of
   * range, s above n/2 (EIP-7702 requires low s, as EIP-2 does), or no key recovers.
   */
  public Optional<Address> authority(Secp256k1 curve) {
    if (yParity > 1) {
      return Optional.empty();
    }
    Signature sig = new Signature(r, s, yParity);
    if (!sig.hasLowS()) {
      return Optional.empty();
    }
    return SenderRecovery.recover(curve, signingHash().unsafeArray(), sig);
  }

  public Optional<Address> authority() {
    return authority(Secp256k1.best());
  }

  static Authorization readFrom(RlpReader reader) throws RlpException {
    reader.enterList();
    UInt256 chainId = new UInt256(reader.readUInt256());
    Address address = Address.fromRlp(reader);
    long nonce = reader.readLong();
    int at = reader.position();
    long yParity = reader.readLong();
    if (yParity < 0 || yParity > 0xff) {
      throw new RlpException("authorization y parity must fit in a byte", at, Long.toUnsignedString(yParity));
    }
    BigInteger r = reader.readUInt256();
    BigInteger s = reader.readUInt256();
    reader.leaveList();
    return new Authorization(chainId, address, nonce, (int) yParity, r, s);
  }

  void writeTo(RlpWriter writer) {
    writer.startList()
        .writeBigInteger(chainId.value())
        .writeBytes(address.unsafeArray())
        .writeLong(nonce)
        .writeInt(yParity)
        .writeBigInteger(r)
        .writeBigInteger(s)
        .endList();
  }

  private static void requireUInt256(String what, BigInteger v) {
    if (v.signum() < 0 || v.bitLength() > 256) {
      throw new IllegalArgumentException(what + " must be an unsigned 256-bit integer, got " + v);
    }
  }
}
