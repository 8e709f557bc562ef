package io.converge.txpool;

/** Which of the two sets a pooled transaction is in. */
public enum Slot {
  /** Executable now: its nonce follows the account's on-chain nonce without a gap and the sender can pay for it. */
  PENDING,
  /** Waiting for a nonce gap to close or for funds. */
  QUEUED
}
