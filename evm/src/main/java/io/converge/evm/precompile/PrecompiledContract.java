package io.converge.evm.precompile;

/**
 * A contract implemented by the client at a fixed address. The EVM charges {@link #gasCost} first and calls
 * {@link #compute} only when the call could pay for it; neither method throws for any input.
 */
public interface PrecompiledContract {
  /** Gas this input costs; saturates at {@link Long#MAX_VALUE} for absurd inputs rather than overflowing. */
  long gasCost(byte[] input);

  /** Runs the contract; a {@link PrecompileResult.Failure} is an exceptional halt that consumes all gas given. */
  PrecompileResult compute(byte[] input);
}
