package io.converge.evm.precompile;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.Address;
import io.converge.types.Fork;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The precompiled contracts of one fork and their pricing. Each fork is the previous one plus its changes, written
 * out in order in {@link #contractsOf}. Instances are immutable and shared.
 *
 * <p>Not yet here: Prague's BLS12-381 precompiles 0x0b–0x11 (EIP-2537), so Prague currently has Cancun's set.
 */
public final class Precompiles {
  public static final Address ECRECOVER = Address.ofNumber(0x01);
  public static final Address SHA256 = Address.ofNumber(0x02);
  public static final Address RIPEMD160 = Address.ofNumber(0x03);
  public static final Address IDENTITY = Address.ofNumber(0x04);
  public static final Address MODEXP = Address.ofNumber(0x05);
  public static final Address BN254_ADD = Address.ofNumber(0x06);
  public static final Address BN254_MUL = Address.ofNumber(0x07);
  public static final Address BN254_PAIRING = Address.ofNumber(0x08);
  public static final Address BLAKE2F = Address.ofNumber(0x09);
  public static final Address POINT_EVALUATION = Address.ofNumber(0x0a);

  private static final Map<Fork, Precompiles> BY_FORK = byFork();

  private final Map<Address, PrecompiledContract> contracts;

  private Precompiles(Map<Address, PrecompiledContract> contracts) {
    this.contracts = Collections.unmodifiableMap(new TreeMap<>(contracts));
  }

  /** Which contracts exist in {@code fork}, priced as in that fork. */
  public static Precompiles forFork(Fork fork) {
    return BY_FORK.get(fork);
  }

  public Optional<PrecompiledContract> get(Address address) {
    return Optional.ofNullable(contracts.get(address));
  }

  public boolean contains(Address address) {
    return contracts.containsKey(address);
  }

  /** The addresses in ascending order; warm from the start of every transaction (EIP-2929). */
  public Set<Address> addresses() {
    return contracts.keySet();
  }

  private static Map<Fork, Precompiles> byFork() {
    Secp256k1 secp256k1 = Secp256k1.best();
    PrecompiledContract pointEvaluation = new PointEvaluationPrecompile();
    Map<Fork, Precompiles> out = new EnumMap<>(Fork.class);
    for (Fork fork : Fork.values()) {
      out.put(fork, new Precompiles(contractsOf(fork, secp256k1, pointEvaluation)));
    }
    return out;
  }

  private static Map<Address, PrecompiledContract> contractsOf(
      Fork fork, Secp256k1 secp256k1, PrecompiledContract pointEvaluation) {
    Map<Address, PrecompiledContract> m = new TreeMap<>();
    m.put(ECRECOVER, new EcRecoverPrecompile(secp256k1));
    m.put(SHA256, new Sha256Precompile());
    m.put(RIPEMD160, new Ripemd160Precompile());
    m.put(IDENTITY, new IdentityPrecompile());
    if (fork.isAtLeast(Fork.BYZANTIUM)) {
      // EIP-198 modexp, EIP-196/197 BN254 arithmetic and pairing
      m.put(MODEXP, new ModExpPrecompile(ModExpPricing.EIP_198));
      putBn254(m, Bn254Prices.BYZANTIUM);
    }
    if (fork.isAtLeast(Fork.ISTANBUL)) {
      // EIP-1108 BN254 repricing, EIP-152 blake2f
      putBn254(m, Bn254Prices.ISTANBUL);
      m.put(BLAKE2F, new Blake2bFPrecompile());
    }
    if (fork.isAtLeast(Fork.BERLIN)) {
      // EIP-2565 modexp repricing
      m.put(MODEXP, new ModExpPrecompile(ModExpPricing.EIP_2565));
    }
    if (fork.isAtLeast(Fork.CANCUN)) {
      // EIP-4844 point evaluation
      m.put(POINT_EVALUATION, pointEvaluation);
    }
    return m;
  }

  private static void putBn254(Map<Address, PrecompiledContract> m, Bn254Prices prices) {
    m.put(BN254_ADD, new Bn254AddPrecompile(prices));
    m.put(BN254_MUL, new Bn254MulPrecompile(prices));
    m.put(BN254_PAIRING, new Bn254PairingPrecompile(prices));
  }
}
