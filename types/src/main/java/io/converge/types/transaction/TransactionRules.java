package io.converge.types.transaction;

import io.converge.types.Fork;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The static transaction rules of one fork, each fork defined as the previous one plus its changes. This is where the
 * project keeps intrinsic-gas constants and which transaction types a fork accepts; other modules read them from here.
 *
 * @param types transaction types the fork accepts
 * @param baseGas intrinsic gas of every transaction (21000)
 * @param creationGas intrinsic gas of a contract creation, replacing {@code baseGas}
 * @param zeroByteGas per zero byte of data
 * @param nonZeroByteGas per non-zero byte of data
 * @param accessListAddressGas per address in the access list
 * @param accessListStorageKeyGas per storage key in the access list
 * @param initcodeWordGas per 32-byte word of init code
 * @param maxInitcodeSize largest init code a creation may carry, or {@link Integer#MAX_VALUE}
 * @param lowSRequired whether s must be at most n/2
 * @param replayProtection whether EIP-155 signatures (chain id in v) are accepted
 * @param authorizationGas per EIP-7702 authorization tuple
 * @param floorGasPerToken EIP-7623 floor price per calldata token, 0 before Prague
 * @param maxBlobsPerBlock blobs a block may hold, hence the most one transaction may carry
 */
public record TransactionRules(
    Fork fork,
    Set<TransactionType> types,
    long baseGas,
    long creationGas,
    long zeroByteGas,
    long nonZeroByteGas,
    long accessListAddressGas,
    long accessListStorageKeyGas,
    long initcodeWordGas,
    int maxInitcodeSize,
    boolean lowSRequired,
    boolean replayProtection,
    long authorizationGas,
    long floorGasPerToken,
    int maxBlobsPerBlock) {

  /** EIP-7623: a non-zero byte counts as this many calldata tokens, a zero byte as one. */
  public static final long TOKENS_PER_NONZERO_BYTE = 4;

  private static final Map<Fork, TransactionRules> BY_FORK = buildAll();

  public TransactionRules {
    types = Collections.unmodifiableSet(EnumSet.copyOf(types));
  }

  public static TransactionRules of(Fork fork) {
    return BY_FORK.get(fork);
  }

  private static Map<Fork, TransactionRules> buildAll() {
    Map<Fork, TransactionRules> out = new EnumMap<>(Fork.class);
    TransactionRules previous = null;
    for (Fork fork : Fork.values()) {
      previous = changesIn(fork, previous);
      out.put(fork, previous);
    }
    return out;
  }

  private static TransactionRules changesIn(Fork fork, TransactionRules previous) {
    if (fork == Fork.FRONTIER) {
      return new TransactionRules(fork, EnumSet.of(TransactionType.LEGACY), 21_000, 21_000, 4, 68, 0, 0, 0,
          Integer.MAX_VALUE, false, false, 0, 0, 0);
    }
    Changes c = new Changes(previous, fork);
    switch (fork) {
      case HOMESTEAD -> {
        c.creationGas = 53_000; // EIP-2
        c.lowSRequired = true; // EIP-2
      }
      case SPURIOUS_DRAGON -> c.replayProtection = true; // EIP-155
      case ISTANBUL -> c.nonZeroByteGas = 16; // EIP-2028
      case BERLIN -> {
        c.types.add(TransactionType.ACCESS_LIST); // EIP-2930
        c.accessListAddressGas = 2_400;
        c.accessListStorageKeyGas = 1_900;
      }
      case LONDON -> c.types.add(TransactionType.DYNAMIC_FEE); // EIP-1559
      case SHANGHAI -> {
        c.initcodeWordGas = 2; // EIP-3860
        c.maxInitcodeSize = 2 * 24_576;
      }
      case CANCUN -> {
        c.types.add(TransactionType.BLOB); // EIP-4844
        c.maxBlobsPerBlock = 6;
      }
      case PRAGUE -> {
        c.types.add(TransactionType.SET_CODE); // EIP-7702
        c.authorizationGas = 25_000; // EIP-7702 PER_EMPTY_ACCOUNT_COST
        c.floorGasPerToken = 10; // EIP-7623
        c.maxBlobsPerBlock = 9; // EIP-7691
      }
      default -> {
        // No transaction-level changes in this fork.
      }
    }
    return c.build();
  }

  public boolean allows(TransactionType type) {
    return types.contains(type);
  }

  /** Gas charged before execution starts: base or creation cost, data, init code words, access list, authorizations. */
  public long intrinsicGas(Transaction tx) {
    byte[] data = tx.data().unsafeArray();
    long zeros = countZeros(data);
    long gas = tx.isContractCreation() ? creationGas : baseGas;
    gas += zeros * zeroByteGas + (data.length - zeros) * nonZeroByteGas;
    if (tx.isContractCreation()) {
      gas += initcodeWordGas * ((data.length + 31L) / 32);
    }
    AccessList accessList = tx.accessList();
    gas += accessList.addressCount() * accessListAddressGas + accessList.storageKeyCount() * accessListStorageKeyGas;
    if (tx instanceof SetCodeTransaction setCode) {
      gas += setCode.authorizationList().size() * authorizationGas;
    }
    return gas;
  }

  /** EIP-7623: the least gas a transaction must be able to pay for its calldata; 0 before Prague. */
  public long floorDataGas(Transaction tx) {
    if (floorGasPerToken == 0) {
      return 0;
    }
    byte[] data = tx.data().unsafeArray();
    long zeros = countZeros(data);
    long tokens = zeros + (data.length - zeros) * TOKENS_PER_NONZERO_BYTE;
    return baseGas + tokens * floorGasPerToken;
  }

  private static long countZeros(byte[] data) {
    long zeros = 0;
    for (byte b : data) {
      if (b == 0) {
        zeros++;
      }
    }
    return zeros;
  }

  /** The mutable copy a fork's changes are applied to. */
  private static final class Changes {
    private final Fork fork;
    private final Set<TransactionType> types;
    private long baseGas;
    private long creationGas;
    private long zeroByteGas;
    private long nonZeroByteGas;
    private long accessListAddressGas;
    private long accessListStorageKeyGas;
    private long initcodeWordGas;
    private int maxInitcodeSize;
    private boolean lowSRequired;
    private boolean replayProtection;
    private long authorizationGas;
    private long floorGasPerToken;
    private int maxBlobsPerBlock;

    Changes(TransactionRules r, Fork fork) {
      this.fork = fork;
      this.types = EnumSet.copyOf(r.types);
      this.baseGas = r.baseGas;
      this.creationGas = r.creationGas;
      this.zeroByteGas = r.zeroByteGas;
      this.nonZeroByteGas = r.nonZeroByteGas;
      this.accessListAddressGas = r.accessListAddressGas;
      this.accessListStorageKeyGas = r.accessListStorageKeyGas;
      this.initcodeWordGas = r.initcodeWordGas;
      this.maxInitcodeSize = r.maxInitcodeSize;
      this.lowSRequired = r.lowSRequired;
      this.replayProtection = r.replayProtection;
      this.authorizationGas = r.authorizationGas;
      this.floorGasPerToken = r.floorGasPerToken;
      this.maxBlobsPerBlock = r.maxBlobsPerBlock;
    }

    TransactionRules build() {
      return new TransactionRules(fork, types, baseGas, creationGas, zeroByteGas, nonZeroByteGas,
          accessListAddressGas, accessListStorageKeyGas, initcodeWordGas, maxInitcodeSize, lowSRequired,
          replayProtection, authorizationGas, floorGasPerToken, maxBlobsPerBlock);
    }
  }
}
