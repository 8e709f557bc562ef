package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * EIP-4844 in its canonical (consensus) form, without the blobs, commitments and proofs of the network wrapper:
 * {@code 0x03 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList,
 * maxFeePerBlobGas, blobVersionedHashes, yParity, r, s])}. A blob transaction cannot create a contract: {@code to} is
 * required.
 */
public final class BlobTransaction extends TransactionCore implements Transaction {
  /** Blob gas one blob consumes (EIP-4844 GAS_PER_BLOB). */
  public static final long GAS_PER_BLOB = 1L << 17;
  /** The version byte of a versioned hash of a KZG commitment (EIP-4844 VERSIONED_HASH_VERSION_KZG). */
  public static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

  private final ChainId chainId;
  private final long nonce;
  private final Wei maxPriorityFeePerGas;
  private final Wei maxFeePerGas;
  private final long gasLimit;
  private final Address to;
  private final Wei value;
  private final Bytes data;
  private final AccessList accessList;
  private final Wei maxFeePerBlobGas;
  private final List<Hash> blobVersionedHashes;
  private final Signature signature;

  public BlobTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Address to, Wei value, Bytes data, AccessList accessList, Wei maxFeePerBlobGas, List<Hash> blobVersionedHashes,
      Signature signature) {
    this(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, maxFeePerBlobGas,
        blobVersionedHashes, signature, null);
  }

  private BlobTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Address to, Wei value, Bytes data, AccessList accessList, Wei maxFeePerBlobGas, List<Hash> blobVersionedHashes,
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
    this.maxFeePerBlobGas = Objects.requireNonNull(maxFeePerBlobGas, "maxFeePerBlobGas");
    this.blobVersionedHashes = List.copyOf(blobVersionedHashes);
    this.signature = TransactionFields.requireParitySignature(signature);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static BlobTransaction unsigned(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
      long gasLimit, Address to, Wei value, Bytes data, AccessList accessList, Wei maxFeePerBlobGas,
      List<Hash> blobVersionedHashes) {
    return new BlobTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, maxFeePerBlobGas, blobVersionedHashes, Unsigned.SIGNATURE);
  }

  static BlobTransaction decode(byte[] in, int offset, int length) throws RlpException {
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
    Wei maxFeePerBlobGas = TransactionFields.readWei(r);
    List<Hash> hashes = new ArrayList<>();
    r.enterList();
    while (r.hasMoreInList()) {
      hashes.add(Hash.fromRlp(r));
    }
    r.leaveList();
    Signature signature = TransactionFields.readSignature(r);
    r.leaveList();
    r.finish();
    return new BlobTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, maxFeePerBlobGas, hashes, signature, Arrays.copyOfRange(in, offset, offset + length));
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
    RlpWriter w = TransactionFields.startTyped(type(), 200 + data.size() + 33 * blobVersionedHashes.size());
    w.writeLong(chainId.value()).writeLong(nonce)
        .writeBigInteger(maxPriorityFeePerGas.value()).writeBigInteger(maxFeePerGas.value())
        .writeLong(gasLimit).writeBytes(to.unsafeArray())
        .writeBigInteger(value.value()).writeBytes(data.unsafeArray());
    accessList.writeTo(w);
    w.writeBigInteger(maxFeePerBlobGas.value());
    w.startList();
    for (Hash h : blobVersionedHashes) {
      w.writeBytes(h.unsafeArray());
    }
    w.endList();
    if (withSignature) {
      TransactionFields.writeSignature(w, signature);
    }
    return w.endList().toByteArray();
  }

  /** The blob gas this transaction consumes: {@link #GAS_PER_BLOB} per blob. */
  public long blobGas() {
    return GAS_PER_BLOB * blobVersionedHashes.size();
  }

  @Override
  public BlobTransaction withSignature(Signature signature) {
    return new BlobTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, maxFeePerBlobGas, blobVersionedHashes, signature);
  }

  @Override
  public BlobTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.BLOB;
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

  /** The recipient, which a blob transaction always has. */
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

  public Wei maxFeePerBlobGas() {
    return maxFeePerBlobGas;
  }

  public List<Hash> blobVersionedHashes() {
    return blobVersionedHashes;
  }

  @Override
  public Signature signature() {
    return signature;
  }
}
