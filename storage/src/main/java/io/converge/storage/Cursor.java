package io.converge.storage;

/**
 * Walks one segment in key order (keys compared as unsigned bytes). A cursor sees the segment as it was when the
 * cursor was opened; later writes are invisible to it. Close it: on RocksDB it pins native memory.
 */
public interface Cursor extends AutoCloseable {

  void seekToFirst();

  void seekToLast();

  /** Positions at the first key at or after {@code key}. */
  void seek(byte[] key);

  /** Positions at the last key at or before {@code key}. */
  void seekForPrev(byte[] key);

  /** Whether the cursor is on an entry; {@link #key()} and {@link #value()} may be called only then. */
  boolean isValid();

  byte[] key();

  byte[] value();

  void next();

  void prev();

  @Override
  void close();
}
