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
import java.util.List;

/**
 * EIP-7702: {@code 0x04 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, destination, value,
 * data, accessList, authorizationList, yParity, r, s])}. Like a blob transaction it cannot create a contract.
 */
public final class SetCodeTransaction extends TypedTransactionCore implements Transaction {
  private final List<Authorization> authorizationList;

  public SetCodeTransaction(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Address to, Wei value, Bytes data, AccessList accessList, List<Authorization> authorizationList,
      Signature signature) {
    this(TransactionBody.typed(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit,
            TransactionBody.requiredRecipient(to), value, data, accessList),
        authorizationList, signature, null);
  }

  private SetCodeTransaction(TransactionBody body, List<Authorization> authorizationList, Signature signature,
      byte[] knownEncoding) {
    super(body, signature, knownEncoding);
    this.authorizationList = List.copyOf(authorizationList);
  }

  /** An unsigned transaction to sign with {@link #signedWith}. */
  public static SetCodeTransaction unsigned(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
      long gasLimit, Address to, Wei value, Bytes data, AccessList accessList,
      List<Authorization> authorizationList) {
    return new SetCodeTransaction(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
        accessList, authorizationList, Unsigned.SIGNATURE);
  }

  static SetCodeTransaction decode(byte[] in, int offset, int length) throws RlpException {
    RlpReader r = openPayload(in, offset, length);
    TransactionBody body = TransactionBody.readTyped(r, TransactionType.SET_CODE);
    List<Authorization> authorizations = TransactionFields.readList(r, Authorization::readFrom);
    Signature signature = readSignatureAndEnd(r);
    return new SetCodeTransaction(body, authorizations, signature, Arrays.copyOfRange(in, offset, offset + length));
  }

  @Override
  void writeTypeFields(RlpWriter w) {
    w.startList();
    for (Authorization a : authorizationList) {
      a.writeTo(w);
    }
    w.endList();
  }

  @Override
  int typeFieldsSize() {
    return 40 + 120 * authorizationList.size();
  }

  @Override
  public SetCodeTransaction withSignature(Signature signature) {
    return new SetCodeTransaction(body(), authorizationList, signature, null);
  }

  @Override
  public SetCodeTransaction signedWith(byte[] privateKey, Secp256k1 curve) {
    return withSignature(curve.sign(signingHash().unsafeArray(), privateKey));
  }

  @Override
  public TransactionType type() {
    return TransactionType.SET_CODE;
  }

  /** The recipient, which a set-code transaction always has. */
  public Address recipient() {
    return to().orElseThrow();
  }

  public List<Authorization> authorizationList() {
    return authorizationList;
  }
}
