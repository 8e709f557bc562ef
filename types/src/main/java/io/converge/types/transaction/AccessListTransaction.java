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
 * EIP-2930: {@code 0x01 || rlp([chainId, nonce, gasPrice, gasLimit, to, value, data, accessList, yParity, r, s])}.
 */
public final class AccessListTransaction extends TypedTransactionCore implements Transaction {
  public AccessListTransaction(ChainId chainId, long nonce, Wei gasPrice, long gasLimit, Optional<Address> to,
      Wei value, Bytes data, AccessList accessList, Signature signature) {
    this(TransactionBody.withGasPrice(TransactionBody.requiredChainId(chainId), nonce, gasPrice, gasLimit, to, value,
        data, accessList), signature, null);
  }

  private AccessListTransaction(TransactionBody body, Signature signature, byte[] knownEncoding) {
    super(body, signature, knownEncoding);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static AccessListTransaction unsigned(ChainId chainId, long nonce, Wei gasPrice, long gasLimit,
      Optional<Address> to, Wei value, Bytes data, AccessList accessList) {
    return new AccessListTransaction(chainId, nonce, gasPrice, gasLimit, to, value, data, accessList,
        Unsigned.SIGNATURE);
  }

  static AccessListTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = openPayload(in, offset, length);
    TransactionBody body = TransactionBody.readTyped(r, TransactionType.ACCESS_LIST);
    Signature signature = readSignatureAndEnd(r);
    return new AccessListTransaction(body, signature, Arrays.copyOfRange(in, offset, offset + length));
  }

  @Override
  public AccessListTransaction withSignature(Signature signature) {
    return new AccessListTransaction(body(), signature, null);
  }

  @Override
  public AccessListTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.ACCESS_LIST;
  }

  /** The price per gas, which is both {@link #maxFeePerGas()} and {@link #maxPriorityFeePerGas()}. */
  public Wei gasPrice() {
    return maxFeePerGas();
  }
}
