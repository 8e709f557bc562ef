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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * EIP-7702: {@code 0x04 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, destination, value,
 * data, accessList, authorizationList, yParity, r, s])}. Like a blob transaction it cannot create a contract.
 */
public final class SetCodeTransaction extends TransactionCore implements Transaction {
  private final ChainId chainId;
  private final long nonce;
  private final Wei maxPriorityFeePerGas;
  private final Wei maxFeePerGas;
  private final long gasLimit;
  private final Address to;
  private final Wei value;
  private final Bytes data;
  private final AccessList accessList;
  private final List<Authorization> authorizationList;
  private final Signature signature;

  public SetCodeTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Address to, Wei value, Bytes data, AccessList accessList, List<Authorization> authorizationList,
      Signature signature) {
    this(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, authorizationList,
        signature, null);
  }

  private SetCodeTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Address to, Wei value, Bytes data, AccessList accessList, List<Authorization> authorizationList,
      Signature signature, byte[] knownEncoding) {
    super(knownEncoding);
    this.chainId = Objects.requireNonNull(chainId, "chainId");
    this.nonce = nonce;
    this.maxPriorityFeePerGas = Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    this.maxFeePerGas = Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    this.gasLimit = gasLimit;
    this.to = Objects.requireNonNull(to, "to");
    this.value = Objects.requireNonNull(value, "value");
    this.data = Objects.requireNonNull(data, "data");
    this.accessList = Objects.requireNonNull(accessList, "accessList");
    this.authorizationList = List.copyOf(authorizationList);
    this.signature = TransactionFields.requireParitySignature(signature);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static SetCodeTransaction unsigned(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
      long gasLimit, Address to, Wei value, Bytes data, AccessList accessList,
      List<Authorization> authorizationList) {
    return new SetCodeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, authorizationList, Unsigned.SIGNATURE);
  }

  static SetCodeTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = new RlpReader(in, offset + 1, length - 1);
    r.enterList();
    ChainId chainId = TransactionFields.readChainId(r);
    long nonce = r.readLong();
    Wei maxPriorityFeePerGas = TransactionFields.readWei(r);
    Wei maxFeePerGas = TransactionFields.readWei(r);
    long gasLimit = r.readLong();
    Address to = Address.fromRlp(r);
    Wei value = TransactionFields.readWei(r);
    Bytes data = TransactionFields.readData(r);
    AccessList accessList = AccessList.readFrom(r);
    List<Authorization> authorizations = new ArrayList<>();
    r.enterList();
    while (r.hasMoreInList()) {
      authorizations.add(Authorization.readFrom(r));
    }
    r.leaveList();
    Signature signature = TransactionFields.readSignature(r);
    r.leaveList();
    r.finish();
    return new SetCodeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, authorizations, signature, Arrays.copyOfRange(in, offset, offset + length));
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
    RlpWriter w = TransactionFields.startTyped(type(), 200 + data.size() + 120 * authorizationList.size());
    w.writeLong(chainId.value()).writeLong(nonce)
        .writeBigInteger(maxPriorityFeePerGas.value()).writeBigInteger(maxFeePerGas.value())
        .writeLong(gasLimit).writeBytes(to.unsafeArray())
        .writeBigInteger(value.value()).writeBytes(data.unsafeArray());
    accessList.writeTo(w);
    w.startList();
    for (Authorization a : authorizationList) {
      a.writeTo(w);
    }
    w.endList();
    if (withSignature) {
      TransactionFields.writeSignature(w, signature);
    }
    return w.endList().toByteArray();
  }

  @Override
  public SetCodeTransaction withSignature(Signature signature) {
    return new SetCodeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, authorizationList, signature);
  }

  @Override
  public SetCodeTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.SET_CODE;
  }

  @Override
  public Optional<ChainId> chainId() {
    return Optional.of(chainId);
  }

  @Override
  public long nonce() {
    return nonce;
  }

  @Override
  public long gasLimit() {
    return gasLimit;
  }

  @Override
  public Optional<Address> to() {
    return Optional.of(to);
  }

  /** The recipient, which a set-code transaction always has. */
  public Address recipient() {
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
    return maxFeePerGas;
  }

  @Override
  public Wei maxPriorityFeePerGas() {
    return maxPriorityFeePerGas;
  }

  @Override
  public AccessList accessList() {
    return accessList;
  }

  public List<Authorization> authorizationList() {
    return authorizationList;
  }

  @Override
  public Signature signature() {
    return signature;
  }
}
