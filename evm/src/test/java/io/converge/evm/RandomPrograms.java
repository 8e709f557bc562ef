package io.converge.evm;

import io.converge.types.Address;
import io.converge.types.Fork;
import java.util.Random;

/** Random but plausible bytecode for robustness tests: mostly small pushes and useful operations. */
final class RandomPrograms {
  static final Fork[] FORKS = {Fork.FRONTIER, Fork.HOMESTEAD, Fork.TANGERINE_WHISTLE, Fork.SPURIOUS_DRAGON,
      Fork.BYZANTIUM, Fork.CONSTANTINOPLE, Fork.PETERSBURG, Fork.ISTANBUL, Fork.BERLIN, Fork.LONDON, Fork.PARIS,
      Fork.SHANGHAI, Fork.CANCUN};
  private static final int[] USEFUL = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x10, 0x14,
      0x15, 0x16, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x20, 0x30, 0x31, 0x33, 0x34, 0x35, 0x36, 0x37, 0x39, 0x3b, 0x3c,
      0x3d, 0x3e, 0x3f, 0x40, 0x47, 0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57, 0x58, 0x59, 0x5a, 0x5b, 0x5c, 0x5d,
      0x5e, 0x5f, 0x80, 0x81, 0x82, 0x90, 0x91, 0xa0, 0xa1, 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xfa, 0xfd, 0xff};

  private RandomPrograms() {}

  static byte[] program(Random random) {
    Bytecode code = Bytecode.code();
    int length = 1 + random.nextInt(120);
    while (code.size() < length) {
      switch (random.nextInt(6)) {
        case 0 -> code.op(random.nextInt(256));
        case 1, 2 -> code.push(random.nextInt(random.nextBoolean() ? 8 : 70_000));
        case 3 -> code.push(Address.ofNumber(random.nextBoolean() ? 1 + random.nextInt(10) : 0x101 + random.nextInt(12)));
        default -> code.op(USEFUL[random.nextInt(USEFUL.length)]);
      }
    }
    if (random.nextInt(3) == 0) {
      // End deliberately, so that RETURN and REVERT with data are common too.
      code.push(random.nextInt(64)).push(random.nextInt(64)).op(random.nextBoolean() ? 0xf3 : 0xfd);
    }
    return code.toArray();
  }
}
