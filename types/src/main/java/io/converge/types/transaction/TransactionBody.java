package io.converge.types.transaction;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Wei;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every transaction type carries, whatever its type adds and without its signature. A legacy or EIP-2930
 * transaction's gas price fills both fee fields, and a legacy transaction's access list is empty.
 *
 * <p>Every typed payload starts with these fields: {@code chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
 * gasLimit, to, value, data, accessList}, with the single gas price in place of the two fees for EIP-2930.
 */
record TransactionBody(Optional<ChainId> chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas,
    long gasLimit, Optional<Address> to, Wei value, Bytes data, AccessList accessList) {

  TransactionBody {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
    Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(accessList, "accessList");
  }

  /** The fields of a legacy or EIP-2930 transaction, whose one gas price is both its fee cap and its tip. */
  static TransactionBody withGasPrice(Optional<ChainId> chainId, long nonce, Wei gasPrice, long gasLimit,
      Optional<Address> to, Wei value, Bytes data, AccessList accessList) {
    Objects.requireNonNull(gasPrice, "gasPrice");
    return new TransactionBody(chainId, nonce, gasPrice, gasPrice, gasLimit, to, value, data, accessList);
  }

  /** The fields of a typed transaction, which always names its chain. */
  static TransactionBody typed(ChainId chainId, long nonce, Wei maxPriorityFeePerGas, Wei maxFeePerGas, long gasLimit,
      Optional<Address> to, Wei value, Bytes data, AccessList accessList) {
    return new TransactionBody(requiredChainId(chainId), nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to,
        value, data, accessList);
  }

  /** The chain id of a typed transaction, which cannot leave it out. */
  static Optional<ChainId> requiredChainId(ChainId chainId) {
    return Optional.of(Objects.requireNonNull(chainId, "chainId"));
  }

  /** The recipient of a type that cannot create a contract. */
  static Optional<Address> requiredRecipient(Address to) {
    return Optional.of(Objects.requireNonNull(to, "to"));
  }

  /** Reads the fields that start the payload of a {@code type} transaction. */
  static TransactionBody readTyped(RlpReader reader, TransactionType type) throws RlpException {
    ChainId chainId = TransactionFields.readChainId(reader);
    long nonce = reader.readLong();
    Wei maxPriorityFeePerGas = TransactionFields.readWei(reader);
    Wei maxFeePerGas = hasGasPrice(type) ? maxPriorityFeePerGas : TransactionFields.readWei(reader);
    long gasLimit = reader.readLong();
    Optional<Address> to = canCreateContract(type)
        ? TransactionFields.readTo(reader)
        : Optional.of(Address.fromRlp(reader));
    Wei value = TransactionFields.readWei(reader);
    Bytes data = TransactionFields.readData(reader);
    AccessList accessList = AccessList.readFrom(reader);
    return typed(chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList);
  }

  /** Writes the fields that start the payload of a {@code type} transaction. */
  void writeTyped(RlpWriter writer, TransactionType type) {
    writer.writeLong(chainId.orElseThrow().value()).writeLong(nonce);
    if (hasGasPrice(type)) {
      writer.writeBigInteger(maxFeePerGas.value());
    } else {
      writer.writeBigInteger(maxPriorityFeePerGas.value()).writeBigInteger(maxFeePerGas.value());
    }
    writer.writeLong(gasLimit);
    TransactionFields.writeTo(writer, to);
    writer.writeBigInteger(value.value()).writeBytes(data.unsafeArray());
    accessList.writeTo(writer);
  }

  /** EIP-2930 kept the legacy gas price; EIP-1559 split it into a tip and a fee cap. */
  private static boolean hasGasPrice(TransactionType type) {
    return type == TransactionType.ACCESS_LIST;
  }

  /** Whether {@code to} may be empty: blob (EIP-4844) and set-code (EIP-7702) transactions must name a recipient. */
  private static boolean canCreateContract(TransactionType type) {
    return switch (type) {
      case LEGACY, ACCESS_LIST, DYNAMIC_FEE -> true;
      case BLOB, SET_CODE -> false;
    };
  }
}
