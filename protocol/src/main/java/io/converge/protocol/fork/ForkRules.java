package io.converge.protocol.fork;

import io.converge.types.Address;
import io.converge.types.Fork;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fork changes in processing a transaction beyond the EVM (whose costs live in {@code evm.gas}) and the static
 * transaction rules (in {@code types.transaction.TransactionRules}). Each fork is the previous one plus its changes.
 *
 * @param refundQuotient the refund is capped at gas used divided by this (2, and 5 from London by EIP-3529)
 * @param feeMarket whether blocks have a base fee that is burnt (EIP-1559)
 * @param clearsEmptyAccounts whether touched accounts left empty are deleted (EIP-161)
 * @param blobGas the blob gas market (EIP-4844), absent before Cancun
 * @param beaconRootsAddress the contract that keeps parent beacon block roots (EIP-4788), absent before Cancun
 */
public record ForkRules(
    Fork fork,
    long refundQuotient,
    boolean feeMarket,
    boolean clearsEmptyAccounts,
    Optional<BlobGasRules> blobGas,
    Optional<Address> beaconRootsAddress) {

  /** EIP-4788's contract address. */
  public static final Address BEACON_ROOTS_ADDRESS = Address.fromHex("000f3df6d732807ef1319fb7b8bb8522d0beac02");

  private static final Map<Fork, ForkRules> BY_FORK = buildAll();

  public ForkRules {
    Objects.requireNonNull(fork, "fork");
    Objects.requireNonNull(blobGas, "blobGas");
    Objects.requireNonNull(beaconRootsAddress, "beaconRootsAddress");
    if (refundQuotient <= 0) {
      throw new IllegalArgumentException("refund quotient must be positive: " + refundQuotient);
    }
  }

  public static ForkRules of(Fork fork) {
    return BY_FORK.get(fork);
  }

  private static Map<Fork, ForkRules> buildAll() {
    Map<Fork, ForkRules> out = new EnumMap<>(Fork.class);
    ForkRules r = new ForkRules(Fork.FRONTIER, 2, false, false, Optional.empty(), Optional.empty());
    for (Fork fork : Fork.values()) {
      r = changesIn(fork, r);
      out.put(fork, r);
    }
    return out;
  }

  private static ForkRules changesIn(Fork fork, ForkRules p) {
    return switch (fork) {
      case SPURIOUS_DRAGON -> new ForkRules(fork, p.refundQuotient, p.feeMarket, true, p.blobGas,
          p.beaconRootsAddress); // EIP-161
      case LONDON -> new ForkRules(fork, 5, true, p.clearsEmptyAccounts, p.blobGas,
          p.beaconRootsAddress); // EIP-3529, EIP-1559
      case CANCUN -> new ForkRules(fork, p.refundQuotient, p.feeMarket, p.clearsEmptyAccounts,
          Optional.of(BlobGasRules.CANCUN), Optional.of(BEACON_ROOTS_ADDRESS)); // EIP-4844, EIP-4788
      case PRAGUE -> new ForkRules(fork, p.refundQuotient, p.feeMarket, p.clearsEmptyAccounts,
          Optional.of(BlobGasRules.PRAGUE), p.beaconRootsAddress); // EIP-7691
      default -> new ForkRules(fork, p.refundQuotient, p.feeMarket, p.clearsEmptyAccounts, p.blobGas,
          p.beaconRootsAddress);
    };
  }
}
