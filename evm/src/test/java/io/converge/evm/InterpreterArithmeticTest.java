package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Fork;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arithmetic through real bytecode: operand order on the stack, and the interpreter's inline operations. */
class InterpreterArithmeticTest {
  private static BigInteger execute(int opcode, BigInteger a, BigInteger b, BigInteger c) {
    boolean ternary = opcode == 0x08 || opcode == 0x09;
    boolean unary = opcode == 0x15 || opcode == 0x19;
    Bytecode code = Bytecode.code();
    if (ternary) {
      code.push(c);
    }
    if (!unary) {
      code.push(b);
    }
    code.push(a).op(opcode).returnTop();
    return Harness.outputWord(Harness.on(Fork.CANCUN).withCode(code).call(1_000_000));
  }

  @ParameterizedTest(name = "opcode 0x{0}")
  @ValueSource(ints = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x10, 0x11, 0x12, 0x13,
      0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d})
  void bytecodeComputesWhatTheYellowPaperSays(int opcode) {
    Random random = new Random(opcode * 31L);
    List<BigInteger> values = ArithmeticReference.operands(random, 6);
    for (int i = 0; i < 150; i++) {
      BigInteger a = values.get(random.nextInt(values.size()));
      BigInteger b = values.get(random.nextInt(values.size()));
      BigInteger c = values.get(random.nextInt(values.size()));
      if ((opcode == 0x1a || opcode == 0x1b || opcode == 0x1c || opcode == 0x1d || opcode == 0x0b)
          && random.nextBoolean()) {
        a = BigInteger.valueOf(random.nextInt(260));
      }
      assertThat(execute(opcode, a, b, c))
          .as("0x%02x(%s, %s, %s)", opcode, a.toString(16), b.toString(16), c.toString(16))
          .isEqualTo(ArithmeticReference.apply(opcode, a, b, c));
    }
  }
}
