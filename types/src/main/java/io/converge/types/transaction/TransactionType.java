package io.converge.types.transaction;

import java.util.Optional;

/** The EIP-2718 transaction types. Which fork allows which type is a rule, kept in {@link TransactionRules}. */
public enum TransactionType {
  /** The original RLP-list transaction; receipts give it type 0. */
  LEGACY(0x00),
  /** EIP-2930. */
  ACCESS_LIST(0x01),
  /** EIP-1559. */
  DYNAMIC_FEE(0x02),
  /** EIP-4844. */
  BLOB(0x03),
  /** EIP-7702. */
  SET_CODE(0x04);

  private final int typeByte;

  TransactionType(int typeByte) {
    this.typeByte = typeByte;
  }

  /** The byte that starts a typed encoding (0 for legacy, which has none on the wire). */
  public int typeByte() {
    return typeByte;
  }

  public boolean isTyped() {
    return this != LEGACY;
  }

  /** The typed transaction type a leading byte announces; empty for bytes no type uses (including 0). */
  public static Optional<TransactionType> ofTypeByte(int b) {
    for (TransactionType t : values()) {
      if (t.isTyped() && t.typeByte == b) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
