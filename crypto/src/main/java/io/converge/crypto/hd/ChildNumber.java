package io.converge.crypto.hd;

/**
 * One step of a BIP-32 path: an index in [0, 2^31) and whether the child is hardened. A hardened
 * child is derived from the parent's private key, so a leaked child key and the parent's extended
 * public key cannot together reveal the parent.
 */
public record ChildNumber(int index, boolean hardened) {
  /** 2^31: hardened children use indices from here on in BIP-32's 32-bit numbering. */
  public static final long HARDENED_OFFSET = 0x8000_0000L;

  public ChildNumber {
    if (index < 0) {
      throw new IllegalArgumentException("child index must be in [0, 2^31), got " + index);
    }
  }

  public static ChildNumber hardened(int index) {
    return new ChildNumber(index, true);
  }

  public static ChildNumber normal(int index) {
    return new ChildNumber(index, false);
  }

  /**
   * The 32-bit number that goes into the HMAC and the extended key: hardened ones offset by 2^31.
   */
  public int serialized() {
    return hardened ? (int) (index + HARDENED_OFFSET) : index;
  }

  /** The inverse of {@link #serialized()}. */
  public static ChildNumber fromSerialized(int value) {
    return new ChildNumber(value & 0x7fff_ffff, value < 0);
  }

  @Override
  public String toString() {
    return hardened ? index + "'" : Integer.toString(index);
  }
}
