package io.converge.evm.operation;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.evm.ArithmeticReference;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordMathTest {
  private static final int A = 8; // top of stack: slots 0 (c), 1 (b), 2 (a)
  private static final int B = 4;
  private static final int C = 0;

  private static void put(long[] s, int at, BigInteger value) {
    for (int i = 0; i < 4; i++) {
      s[at + i] = value.shiftRight(64 * i).longValue();
    }
  }

  private static BigInteger get(long[] s, int at) {
    BigInteger value = BigInteger.ZERO;
    for (int i = 3; i >= 0; i--) {
      value = value.shiftLeft(64).or(new BigInteger(Long.toUnsignedString(s[at + i])));
    }
    return value;
  }

  /** Runs the operation the way the interpreter does: operands on the stack, result over the deepest one. */
  private static BigInteger run(int opcode, BigInteger a, BigInteger b, BigInteger c) {
    long[] s = new long[12];
    put(s, A, a);
    put(s, B, b);
    put(s, C, c);
    long[] scratch = new long[8];
    switch (opcode) {
      case 0x01 -> WordMath.add(s, A, B, B);
      case 0x02 -> WordMath.multiply(s, A, B, B);
      case 0x03 -> WordMath.subtract(s, A, B, B);
      case 0x04 -> WordDivision.divide(s, A, B, B, false);
      case 0x05 -> WordDivision.divideSigned(s, A, B, B, scratch, false);
      case 0x06 -> WordDivision.divide(s, A, B, B, true);
      case 0x07 -> WordDivision.divideSigned(s, A, B, B, scratch, true);
      case 0x08 -> WordDivision.addMod(s, A, B, C, C);
      case 0x09 -> WordDivision.mulMod(s, A, B, C, C);
      case 0x0a -> WordMath.exp(s, A, B, B, scratch);
      case 0x0b -> WordMath.signExtend(s, A, B, B);
      case 0x10 -> WordMath.setLong(s, B, WordMath.compareUnsigned(s, A, B) < 0 ? 1 : 0);
      case 0x11 -> WordMath.setLong(s, B, WordMath.compareUnsigned(s, A, B) > 0 ? 1 : 0);
      case 0x12 -> WordMath.setLong(s, B, WordMath.compareSigned(s, A, B) < 0 ? 1 : 0);
      case 0x13 -> WordMath.setLong(s, B, WordMath.compareSigned(s, A, B) > 0 ? 1 : 0);
      case 0x1a -> WordMath.byteOf(s, A, B, B);
      case 0x1b -> WordMath.shiftLeft(s, A, B, B);
      case 0x1c -> WordMath.shiftRight(s, A, B, B, false);
      case 0x1d -> WordMath.shiftRight(s, A, B, B, true);
      default -> throw new IllegalArgumentException();
    }
    boolean ternary = opcode == 0x08 || opcode == 0x09;
    return get(s, ternary ? C : B);
  }

  @ParameterizedTest(name = "opcode 0x{0}")
  @ValueSource(ints = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x0a, 0x0b, 0x10, 0x11, 0x12, 0x13, 0x1a, 0x1b,
      0x1c, 0x1d})
  void binaryOperationsMatchBigIntegerOnEdgeAndRandomOperands(int opcode) {
    Random random = new Random(opcode);
    List<BigInteger> values = ArithmeticReference.operands(random, 120);
    // Shift and byte-index operands are mostly small in real code: mix those in for the first operand.
    List<BigInteger> firsts = new java.util.ArrayList<>(values);
    for (int i = 0; i < 40; i++) {
      firsts.add(BigInteger.valueOf(random.nextInt(300)));
    }
    for (BigInteger a : firsts) {
      for (BigInteger b : values) {
        assertThat(run(opcode, a, b, BigInteger.ZERO))
            .as("0x%02x(%s, %s)", opcode, a.toString(16), b.toString(16))
            .isEqualTo(ArithmeticReference.apply(opcode, a, b, BigInteger.ZERO));
      }
    }
  }

  @ParameterizedTest(name = "opcode 0x{0}")
  @ValueSource(ints = {0x08, 0x09})
  void modularOperationsMatchBigIntegerOverTheFullIntermediate(int opcode) {
    Random random = new Random(opcode);
    List<BigInteger> values = ArithmeticReference.operands(random, 25);
    for (BigInteger a : values) {
      for (BigInteger b : values) {
        for (BigInteger c : values) {
          assertThat(run(opcode, a, b, c))
              .as("0x%02x(%s, %s, %s)", opcode, a.toString(16), b.toString(16), c.toString(16))
              .isEqualTo(ArithmeticReference.apply(opcode, a, b, c));
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(ints = {1, 2, 3})
  void divisionAgreesWithBigIntegerForEveryOperandSizeCombination(int seed) {
    // The fast paths (64-bit operands, dividend below divisor) and Knuth's algorithm must agree.
    Random random = new Random(seed);
    for (int i = 0; i < 20_000; i++) {
      BigInteger a = new BigInteger(1 + random.nextInt(256), random);
      BigInteger b = new BigInteger(1 + random.nextInt(256), random);
      for (int opcode : new int[] {0x04, 0x05, 0x06, 0x07}) {
        assertThat(run(opcode, a, b, BigInteger.ZERO))
            .as("0x%02x(%s, %s)", opcode, a.toString(16), b.toString(16))
            .isEqualTo(ArithmeticReference.apply(opcode, a, b, BigInteger.ZERO));
      }
    }
  }
}
