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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * EIP-4844 in its canonical (consensus) form, without the blobs, commitments and proofs of the network wrapper:
 * {@code 0x03 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList,
 * maxFeePerBlobGas, blobVersionedHashes, yParity, r, s])}. A blob transaction cannot create a contract: {@code to} is
 * required.
 */
public final class BlobTransaction extends TypedTransactionCore implements Transaction {
  /** Blob gas one blob consumes (EIP-4844 GAS_PER_BLOB). */
  public static final long GAS_PER_BLOB = 1L << 17;
  /** The version byte of a versioned hash of a KZG commitment (EIP-4844 VERSIONED_HASH_VERSION_KZG). */
  public static final byte VERSIONED_HASH_VERSION_KZG = 0x01;

  private final Wei maxFeePerBlobGas;
  private final List<Hash> blobVersionedHashes;

  public BlobTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Address to, Wei value, Bytes data, AccessList accessList, Wei maxFeePerBlobGas, List<Hash> blobVersionedHashes,
      Signature signature) {
    this(TransactionBody.typed(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit,
            TransactionBody.requiredRecipient(to), value, data, accessList),
        maxFeePerBlobGas, blobVersionedHashes, signature, null);
  }

  private BlobTransaction(TransactionBody body, Wei maxFeePerBlobGas, List<Hash> blobVersionedHashes,
      Signature signature, byte[] knownEncoding) {
    super(body, signature, knownEncoding);
    this.maxFeePerBlobGas = Objects.requireNonNull(maxFeePerBlobGas, "maxFeePerBlobGas");
    this.blobVersionedHashes = List.copyOf(blobVersionedHashes);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static BlobTransaction unsigned(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
      long gasLimit, Address to, Wei value, Bytes data, AccessList accessList, Wei maxFeePerBlobGas,
      List<Hash> blobVersionedHashes) {
    return new BlobTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, maxFeePerBlobGas, blobVersionedHashes, Unsigned.SIGNATURE);
  }

  static BlobTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = openPayload(in, offset, length);
    TransactionBody body = TransactionBody.readTyped(r, TransactionType.BLOB);
    Wei maxFeePerBlobGas = TransactionFields.readWei(r);
    List<Hash> hashes = TransactionFields.readList(r, Hash::fromRlp);
    Signature signature = readSignatureAndEnd(r);
    return new BlobTransaction(body, maxFeePerBlobGas, hashes, signature,
        Arrays.copyOfRange(in, offset, offset + length));
  }

  @Override
  void writeTypeFields(RlpWriter w) {
    w.writeBigInteger(maxFeePerBlobGas.value());
    w.startList();
    for (Hash h : blobVersionedHashes) {
      w.writeBytes(h.unsafeArray());
    }
    w.endList();
  }

  @Override
  int typeFieldsSize() {
    return 40 + 33 * blobVersionedHashes.size();
  }

  /** The blob gas this transaction consumes: {@link #GAS_PER_BLOB} per blob. */
  public long blobGas() {
    return GAS_PER_BLOB * blobVersionedHashes.size();
  }

  @Override
  public BlobTransaction withSignature(Signature signature) {
    return new BlobTransaction(body(), maxFeePerBlobGas, blobVersionedHashes, signature, null);
  }

  @Override
  public BlobTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.BLOB;
  }

  /** The recipient, which a blob transaction always has. */
  public Address recipient() {
    return to().orElseThrow();
  }

  public Wei maxFeePerBlobGas() {
    return maxFeePerBlobGas;
  }

  public List<Hash> blobVersionedHashes() {
    return blobVersionedHashes;
  }
}
