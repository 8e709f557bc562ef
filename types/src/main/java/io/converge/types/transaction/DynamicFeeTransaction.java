package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Wei;
import java.util.Arrays;
import java.util.Optional;

/**
 * EIP-1559: {@code 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
 * accessList, yParity, r, s])}.
 */
public final class DynamicFeeTransaction extends TypedTransactionCore implements Transaction {
  public DynamicFeeTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
      long gasLimit, Optional<Address> to, Wei value, Bytes data, AccessList accessList, Signature signature) {
    this(TransactionBody.typed(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList), signature, null);
  }

  private DynamicFeeTransaction(TransactionBody body, Signature signature, byte[] knownEncoding) {
    super(body, signature, knownEncoding);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static DynamicFeeTransaction unsigned(ChainId chainId, long nonce, Wei maxPriorityFeePerGas,
      Wei maxFeePerGas, long gasLimit, Optional<Address> to, Wei value, Bytes data, AccessList accessList) {
    return new DynamicFeeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, Unsigned.SIGNATURE);
  }

  static DynamicFeeTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = openPayload(in, offset, length);
    TransactionBody body = TransactionBody.readTyped(r, TransactionType.DYNAMIC_FEE);
    Signature signature = readSignatureAndEnd(r);
    return new DynamicFeeTransaction(body, signature, Arrays.copyOfRange(in, offset, offset + length));
  }

  @Override
  public DynamicFeeTransaction withSignature(Signature signature) {
    return new DynamicFeeTransaction(body(), signature, null);
  }

  @Override
  public DynamicFeeTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.DYNAMIC_FEE;
  }
}
