package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * The original transaction, {@code rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])}. With a chain id it
 * was signed under EIP-155 ({@code v = 35 + 2 * chainId + parity}, the chain id folded into the signed payload);
 * without, {@code v = 27 + parity}.
 */
public final class LegacyTransaction extends TransactionCore implements Transaction {
  private static final BigInteger V_BASE = BigInteger.valueOf(27);
  private static final BigInteger V_EIP155_BASE = BigInteger.valueOf(35);

  public LegacyTransaction(long nonce, Wei gasPrice, long gasLimit, Optional<Address> to, Wei value, Bytes data,
      Optional<ChainId> chainId, Signature signature) {
    this(TransactionBody.withGasPrice(chainId, nonce, gasPrice, gasLimit, to, value, data, AccessList.EMPTY),
        signature, null);
  }

  private LegacyTransaction(TransactionBody body, Signature signature, byte[] knownEncoding) {
    super(body, signature, knownEncoding);
  }

  /** An unsigned transaction to sign with {@link #signedWith}: its signature is all zeros. */
  public static LegacyTransaction unsigned(long nonce, Wei gasPrice, long gasLimit, Optional<Address> to, Wei value,
      Bytes data, Optional<ChainId> chainId) {
    return new LegacyTransaction(nonce, gasPrice, gasLimit, to, value, data, chainId, Unsigned.SIGNATURE);
  }

  static LegacyTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = new RlpReader(in, offset, length);
    r.enterList();
    long nonce = r.readLong();
    Wei gasPrice = TransactionFields.readWei(r);
    long gasLimit = r.readLong();
    Optional<Address> to = TransactionFields.readTo(r);
    Wei value = TransactionFields.readWei(r);
    Bytes data = TransactionFields.readData(r);
    int vAt = r.position();
    BigInteger v = r.readUInt256();
    BigInteger sigR = r.readUInt256();
    BigInteger sigS = r.readUInt256();
    r.leaveList();
    r.finish();

    Optional<ChainId> chainId;
    int parity;
    if (v.equals(V_BASE) || v.equals(V_BASE.add(BigInteger.ONE))) {
      chainId = Optional.empty();
      parity = v.intValue() - 27;
    } else if (v.compareTo(V_EIP155_BASE) >= 0) {
      BigInteger folded = v.subtract(V_EIP155_BASE);
      BigInteger id = folded.shiftRight(1);
      if (id.bitLength() > 63) {
        throw new RlpException("chain id in v too large", vAt, "v = " + v);
      }
      chainId = Optional.of(new ChainId(id.longValue()));
      parity = folded.testBit(0) ? 1 : 0;
    } else {
      throw new RlpException("v must be 27, 28 or 35 + 2 * chainId + parity (EIP-155)", vAt, "v = " + v);
    }
    TransactionBody body =
        TransactionBody.withGasPrice(chainId, nonce, gasPrice, gasLimit, to, value, data, AccessList.EMPTY);
    return new LegacyTransaction(body, new Signature(sigR, sigS, parity),
        Arrays.copyOfRange(in, offset, offset + length));
  }

  /** The signature's {@code v}: {@code 27 + parity}, or {@code 35 + 2 * chainId + parity} under EIP-155. */
  public BigInteger v() {
    long parity = signature().recoveryId();
    return chainId().isPresent()
        ? BigInteger.valueOf(chainId().get().value()).shiftLeft(1).add(BigInteger.valueOf(35 + parity))
        : BigInteger.valueOf(27 + parity);
  }

  @Override
  byte[] encode() {
    RlpWriter w = new RlpWriter(128 + data().size());
    w.startList();
    writeUnsignedFields(w);
    w.writeBigInteger(v()).writeBigInteger(signature().r()).writeBigInteger(signature().s());
    return w.endList().toByteArray();
  }

  @Override
  byte[] signingPayload() {
    RlpWriter w = new RlpWriter(128 + data().size());
    w.startList();
    writeUnsignedFields(w);
    // EIP-155: the chain id takes v's place, with r and s zero.
    chainId().ifPresent(id -> w.writeLong(id.value()).writeLong(0).writeLong(0));
    return w.endList().toByteArray();
  }

  private void writeUnsignedFields(RlpWriter w) {
    w.writeLong(nonce()).writeBigInteger(gasPrice().value()).writeLong(gasLimit());
    TransactionFields.writeTo(w, to());
    w.writeBigInteger(value().value()).writeBytes(data().unsafeArray());
  }

  @Override
  public LegacyTransaction withSignature(Signature signature) {
    return new LegacyTransaction(body(), signature, null);
  }

  @Override
  public LegacyTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.LEGACY;
  }

  /** The price per gas, which is both {@link #maxFeePerGas()} and {@link #maxPriorityFeePerGas()}. */
  public Wei gasPrice() {
    return maxFeePerGas();
  }
}
