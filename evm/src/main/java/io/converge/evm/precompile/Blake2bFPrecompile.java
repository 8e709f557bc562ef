package io.converge.evm.precompile;

import io.converge.crypto.blake2.Blake2bCompression;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * 0x09 BLAKE2F (EIP-152): the BLAKE2b compression function. Input exactly 213 bytes: rounds (4, big-endian), h (64),
 * m (128), t (16; all words little-endian), final flag (1 byte, 0 or 1). One gas per round.
 */
final class Blake2bFPrecompile implements PrecompiledContract {
  static final int INPUT_SIZE = 213;

  @Override
  public long gasCost(byte[] input) {
    // A malformed length costs nothing here and then fails the call.
    if (input.length != INPUT_SIZE) {
      return 0;
    }
    return ByteBuffer.wrap(input, 0, 4).getInt() & 0xFFFF_FFFFL;
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    if (input.length != INPUT_SIZE) {
      return PrecompileResult.failure("blake2f input must be exactly " + INPUT_SIZE + " bytes, got " + input.length);
    }
    int flag = input[INPUT_SIZE - 1] & 0xff;
    if (flag > 1) {
      return PrecompileResult.failure("blake2f final block flag must be 0 or 1, got " + flag);
    }
    ByteBuffer in = ByteBuffer.wrap(input).order(ByteOrder.LITTLE_ENDIAN);
    long rounds = ByteBuffer.wrap(input, 0, 4).getInt() & 0xFFFF_FFFFL;
    long[] h = new long[Blake2bCompression.STATE_WORDS];
    long[] m = new long[Blake2bCompression.BLOCK_WORDS];
    in.position(4);
    for (int i = 0; i < h.length; i++) {
      h[i] = in.getLong();
    }
    for (int i = 0; i < m.length; i++) {
      m[i] = in.getLong();
    }
    long t0 = in.getLong();
    long t1 = in.getLong();
    long[] result = Blake2bCompression.compress(rounds, h, m, t0, t1, flag == 1);
    ByteBuffer out = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    for (long word : result) {
      out.putLong(word);
    }
    return PrecompileResult.success(out.array());
  }
}
