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
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * EIP-2930: {@code 0x01 || rlp([chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, yParity, r, s])}.
 */
public final class AccessListTransaction extends TransactionCore implements Transaction {
  private final ChainId chainId;
  private final long nonce;
  private final Wei gasPrice;
  private final long gasLimit;
  private final Optional<Address> to;
  private final Wei value;
  private final Bytes data;
  private final AccessList accessList;
  private final Signature signature;

  public AccessListTransaction(ChainId chainId, long nonce, Wei gasPrice, long gasLimit, Optional<Address> to,
      Wei value, Bytes data, AccessList accessList, Signature signature) {
    this(chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, signature, null);
  }

  private AccessListTransaction(ChainId chainId, long nonce, Wei gasPrice, long gasLimit, Optional<Address> to,
      Wei value, Bytes data, AccessList accessList, Signature signature, byte[] knownEncoding) {
    super(knownEncoding);
    this.chainId = Objects.requireNonNull(chainId, "chainId");
    this.nonce = nonce;
    this.gasPrice = Objects.requireNonNull(gasPrice, "gasPrice");
    this.gasLimit = gasLimit;
    this.to = Objects.requireNonNull(to, "to");
    this.value = Objects.requireNonNull(value, "value");
    this.data = Objects.requireNonNull(data, "data");
    this.accessList = Objects.requireNonNull(accessList, "accessList");
    this.signature = TransactionFields.requireParitySignature(signature);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static AccessListTransaction unsigned(ChainId chainId, long nonce, Wei gasPrice, long gasLimit,
      Optional<Address> to, Wei value, Bytes data, AccessList accessList) {
    return new AccessListTransaction(chainId, nonce, gasPrice, gasLimit, to, value, data, accessList,
        Unsigned.SIGNATURE);
  }

  static AccessListTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = new RlpReader(in, offset + 1, length - 1);
    r.enterList();
    ChainId chainId = TransactionFields.readChainId(r);
    long nonce = r.readLong();
    Wei gasPrice = TransactionFields.readWei(r);
    long gasLimit = r.readLong();
    Optional<Address> to = TransactionFields.readTo(r);
    Wei value = TransactionFields.readWei(r);
    Bytes data = TransactionFields.readData(r);
    AccessList accessList = AccessList.readFrom(r);
    Signature signature = TransactionFields.readSignature(r);
    r.leaveList();
    r.finish();
    return new AccessListTransaction(chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, signature,
        Arrays.copyOfRange(in, offset, offset + length));
  }

  @Override
  byte[] encode() {
    return write(true);
  }

  @Override
  byte[] signingPayload() {
    return write(false);
  }

  private byte[] write(boolean withSignature) {
    RlpWriter w = TransactionFields.startTyped(type(), 160 + data.size());
    w.writeLong(chainId.value()).writeLong(nonce).writeBigInteger(gasPrice.value()).writeLong(gasLimit);
    TransactionFields.writeTo(w, to);
    w.writeBigInteger(value.value()).writeBytes(data.unsafeArray());
    accessList.writeTo(w);
    if (withSignature) {
      TransactionFields.writeSignature(w, signature);
    }
    return w.endList().toByteArray();
  }

  @Override
  public AccessListTransaction withSignature(Signature signature) {
    return new AccessListTransaction(chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, signature);
  }

  @Override
  public AccessListTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.ACCESS_LIST;
  }

  @Override
  public Optional<ChainId> chainId() {
    return Optional.of(chainId);
  }

  @Override
  public long nonce() {
    return nonce;
  }

  public Wei gasPrice() {
    return gasPrice;
  }

  @Override
  public long gasLimit() {
    return gasLimit;
  }

  @Override
  public Optional<Address> to() {
    return to;
  }

  @Override
  public Wei value() {
    return value;
  }

  @Override
  public Bytes data() {
    return data;
  }

  @Override
  public Wei maxFeePerGas() {
    return gasPrice;
  }

  @Override
  public Wei maxPriorityFeePerGas() {
    return gasPrice;
  }

  @Override
  public AccessList accessList() {
    return accessList;
  }

  @Override
  public Signature signature() {
    return signature;
  }
}
