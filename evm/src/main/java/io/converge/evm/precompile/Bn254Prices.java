package io.converge.evm.precompile;

/** Gas for the three BN254 precompiles, which changed once (EIP-1108, Istanbul). */
record Bn254Prices(long add, long multiply, long pairingBase, long pairingPerPair) {
  /** EIP-196 and EIP-197 as introduced. */
  static final Bn254Prices BYZANTIUM = new Bn254Prices(500, 40_000, 100_000, 80_000);
  /** EIP-1108: repriced after the libraries got faster. */
  static final Bn254Prices ISTANBUL = new Bn254Prices(150, 6_000, 45_000, 34_000);

  Bn254Prices {
    if (add < 0 || multiply < 0 || pairingBase < 0 || pairingPerPair < 0) {
      throw new IllegalArgumentException("gas prices must not be negative");
    }
  }
}
