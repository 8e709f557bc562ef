package io.converge.evm;

/** Why a frame ended exceptionally. Every exceptional halt consumes all the frame's gas and reverts its changes. */
public enum HaltReason {
  OUT_OF_GAS,
  INVALID_OPCODE,
  INVALID_JUMP_DESTINATION,
  STACK_UNDERFLOW,
  STACK_OVERFLOW,
  /** A state change (SSTORE, LOG, CREATE, value CALL, SELFDESTRUCT, TSTORE) inside a STATICCALL (EIP-214). */
  STATIC_STATE_CHANGE,
  /** RETURNDATACOPY past the end of the return data buffer (EIP-211). */
  RETURN_DATA_OUT_OF_BOUNDS,
  /** Deployed code longer than the fork's limit (EIP-170); the spec charges it as out of gas. */
  CODE_SIZE_EXCEEDED,
  /** Init code longer than the fork's limit (EIP-3860); the spec charges it as out of gas. */
  INIT_CODE_SIZE_EXCEEDED,
  /** Deployed code starting with 0xEF (EIP-3541). */
  INVALID_CODE_PREFIX,
  /** A top-level CREATE to an address that already has code, a nonce or storage (EIP-684, EIP-7610). */
  ADDRESS_COLLISION,
  /** A precompiled contract rejected its input. */
  PRECOMPILE_FAILURE,
  /** A top-level message at a depth beyond 1024. */
  CALL_DEPTH_EXCEEDED
}
