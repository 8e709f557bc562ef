package io.converge.referencetests.state;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One test of a GeneralStateTests file, parsed: the block environment, the pre-state, the transaction template whose
 * {@code data}, {@code gasLimit} and {@code value} lists are indexed by each expected post-state.
 */
public record StateTest(String name, Environment env, List<PreAccount> pre, TransactionTemplate transaction,
    List<Post> posts) {
  public StateTest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(env, "env");
    pre = List.copyOf(pre);
    Objects.requireNonNull(transaction, "transaction");
    posts = List.copyOf(posts);
  }

  /** The block the transaction runs in. Absent fields are zero (base fee before London, excess blob gas before Cancun). */
  public record Environment(Address coinbase, long number, long timestamp, long gasLimit, UInt256 difficulty,
      Optional<Hash> random, Wei baseFee, long excessBlobGas) {}

  public record PreAccount(Address address, long nonce, Wei balance, Bytes code, Map<UInt256, UInt256> storage) {
    public PreAccount {
      storage = Map.copyOf(storage);
    }
  }

  /**
   * The transaction before indexing. Amounts are kept as parsed (possibly out of range: such a transaction is
   * malformed, which some tests expect).
   *
   * @param to empty for a contract creation
   * @param accessLists one per data index, or empty when the transaction has none
   */
  public record TransactionTemplate(
      BigInteger nonce,
      Optional<BigInteger> gasPrice,
      Optional<BigInteger> maxFeePerGas,
      Optional<BigInteger> maxPriorityFeePerGas,
      Optional<BigInteger> maxFeePerBlobGas,
      Optional<List<Hash>> blobVersionedHashes,
      Optional<Address> to,
      Bytes secretKey,
      List<Bytes> data,
      List<BigInteger> gasLimit,
      List<BigInteger> value,
      Optional<List<Optional<AccessList>>> accessLists) {}

  /** One expected outcome: a fork, the template's indexes, and the resulting roots. */
  public record Post(String forkName, Optional<Fork> fork, int dataIndex, int gasIndex, int valueIndex, Hash stateRoot,
      Hash logsHash, Optional<String> expectException) {
    public String indexes() {
      return dataIndex + "," + gasIndex + "," + valueIndex;
    }
  }
}
