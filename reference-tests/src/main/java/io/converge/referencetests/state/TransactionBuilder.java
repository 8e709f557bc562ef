package io.converge.referencetests.state;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.AccessListTransaction;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Turns a template and a post's indexes into a signed transaction. The type follows from the fields present, as in
 * the fillers: blob hashes make a blob transaction, a fee cap a dynamic-fee one, access lists an access-list one.
 * Legacy transactions are signed without EIP-155, as the fixtures' {@code txbytes} are, so that every fork accepts them.
 */
final class TransactionBuilder {
  private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private TransactionBuilder() {}

  /** A field that does not fit its type: the transaction cannot exist, which some tests expect. */
  static final class MalformedTransactionException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedTransactionException(String message) {
      super(message);
    }
  }

  static Transaction build(StateTest.TransactionTemplate t, StateTest.Post post)
      throws MalformedTransactionException {
    long nonce = uint64("nonce", t.nonce());
    long gasLimit = uint64("gasLimit", t.gasLimit().get(post.gasIndex()));
    Wei value = wei("value", t.value().get(post.valueIndex()));
    Bytes data = t.data().get(post.dataIndex());
    Optional<Address> to = t.to();
    AccessList accessList = t.accessLists()
        .flatMap(lists -> post.dataIndex() < lists.size() ? lists.get(post.dataIndex()) : Optional.empty())
        .orElse(AccessList.EMPTY);
    ChainId chainId = ChainId.MAINNET;

    Transaction unsigned;
    if (t.blobVersionedHashes().isPresent()) {
      if (to.isEmpty()) {
        throw new MalformedTransactionException("a blob transaction cannot create a contract");
      }
      unsigned = BlobTransaction.unsigned(chainId, nonce, wei("maxPriorityFeePerGas", t.maxPriorityFeePerGas()),
          wei("maxFeePerGas", t.maxFeePerGas()), gasLimit, to.get(), value, data, accessList,
          wei("maxFeePerBlobGas", t.maxFeePerBlobGas()), t.blobVersionedHashes().get());
    } else if (t.maxFeePerGas().isPresent()) {
      unsigned = DynamicFeeTransaction.unsigned(chainId, nonce, wei("maxPriorityFeePerGas", t.maxPriorityFeePerGas()),
          wei("maxFeePerGas", t.maxFeePerGas()), gasLimit, to, value, data, accessList);
    } else if (t.accessLists().isPresent()) {
      unsigned = AccessListTransaction.unsigned(chainId, nonce, wei("gasPrice", t.gasPrice()), gasLimit, to, value,
          data, accessList);
    } else {
      unsigned = LegacyTransaction.unsigned(nonce, wei("gasPrice", t.gasPrice()), gasLimit, to, value, data,
          Optional.empty());
    }
    return unsigned.signedWith(t.secretKey().unsafeArray(), Secp256k1.best());
  }

  private static long uint64(String field, BigInteger v) throws MalformedTransactionException {
    if (v.signum() < 0 || v.compareTo(UINT64_MAX) > 0) {
      throw new MalformedTransactionException(field + " " + v + " does not fit in 64 bits");
    }
    return v.longValue();
  }

  private static Wei wei(String field, Optional<BigInteger> v) throws MalformedTransactionException {
    if (v.isEmpty()) {
      throw new MalformedTransactionException("missing " + field);
    }
    return wei(field, v.get());
  }

  private static Wei wei(String field, BigInteger v) throws MalformedTransactionException {
    if (v.signum() < 0 || v.compareTo(Wei.MAX) > 0) {
      throw new MalformedTransactionException(field + " " + v + " does not fit in 256 bits");
    }
    return new Wei(v);
  }
}
