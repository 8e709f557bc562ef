package io.converge.evm.operation;

import static io.converge.evm.gas.GasSchedule.BASE;
import static io.converge.evm.gas.GasSchedule.HIGH;
import static io.converge.evm.gas.GasSchedule.LOW;
import static io.converge.evm.gas.GasSchedule.MID;
import static io.converge.evm.gas.GasSchedule.VERY_LOW;
import static io.converge.evm.gas.GasSchedule.ZERO;
import static io.converge.evm.operation.Opcodes.*;

import io.converge.evm.gas.GasSchedule;
import io.converge.types.Fork;

/**
 * The operations a fork offers: for each opcode its stack inputs and outputs and its constant gas (the part known
 * before looking at operands; operations charge the rest). Built fork by fork: each fork registers the previous fork's
 * operations, then its own. The interpreter checks an operation's stack bounds and charges its constant gas from these
 * arrays before running it; an undefined opcode is one whose lower stack bound no stack can meet.
 */
public final class OperationTable {
  /** Maximum number of stack items. */
  public static final int STACK_LIMIT = 1024;

  private static final int UNDEFINED = Integer.MAX_VALUE;

  /** Fewest items the stack needs: the operation's inputs. */
  final int[] minStack = new int[256];
  /** Outputs minus inputs. */
  private final int[] stackChange = new int[256];
  final long[] constantGas = new long[256];
  /**
   * The three facts the interpreter checks before every operation, packed in one long so that it loads one word: the
   * constant gas (low 32 bits), the fewest stack items (bits 32-47) and how many more the stack may hold (bits 48-63).
   */
  final long[] packed = new long[256];
  private final Fork fork;

  private OperationTable(Fork fork) {
    this.fork = fork;
    java.util.Arrays.fill(minStack, UNDEFINED);
    // An undefined opcode needs more items than any stack holds; its range is wide too, so that the interpreter
    // subtracting a small stack's missing items from it still leaves a positive number.
    java.util.Arrays.fill(packed, pack(0xffff, 0xffff, 0));
  }

  private static long pack(int minimum, int range, long gas) {
    return gas | (long) minimum << 32 | (long) range << 48;
  }

  /** Constant gas from a packed entry. */
  static long gasOf(long packed) {
    return packed & 0xffff_ffffL;
  }

  /** Fewest stack items from a packed entry (0xffff for an undefined opcode, which no stack meets). */
  static int minimumOf(long packed) {
    return (int) (packed >>> 32) & 0xffff;
  }

  /** Stack items allowed beyond the minimum from a packed entry. */
  static int rangeOf(long packed) {
    return (int) (packed >>> 48);
  }

  /** The table of {@code fork}, priced by its {@code schedule}. */
  public static OperationTable forFork(Fork f, GasSchedule schedule) {
    OperationTable table = new OperationTable(f);
    if (f.isAtLeast(Fork.CANCUN)) {
      table.registerCancun(schedule);
    } else if (f.isAtLeast(Fork.SHANGHAI)) {
      table.registerShanghai(schedule);
    } else if (f.isAtLeast(Fork.PARIS)) {
      table.registerLondon(schedule); // Paris renames 0x44 to PREVRANDAO; what it pushes is the interpreter's business
    } else if (f.isAtLeast(Fork.LONDON)) {
      table.registerLondon(schedule);
    } else if (f.isAtLeast(Fork.ISTANBUL)) {
      table.registerIstanbul(schedule); // Berlin changes only prices
    } else if (f.isAtLeast(Fork.CONSTANTINOPLE)) {
      table.registerConstantinople(schedule);
    } else if (f.isAtLeast(Fork.BYZANTIUM)) {
      table.registerByzantium(schedule);
    } else if (f.isAtLeast(Fork.HOMESTEAD)) {
      table.registerHomestead(schedule);
    } else {
      table.registerFrontier(schedule);
    }
    return table;
  }

  public Fork fork() {
    return fork;
  }

  public boolean isDefined(int opcode) {
    return minStack[opcode] != UNDEFINED;
  }

  public long constantGas(int opcode) {
    return constantGas[opcode];
  }

  private void add(int opcode, int inputs, int outputs, long gas) {
    minStack[opcode] = inputs;
    stackChange[opcode] = outputs - inputs;
    constantGas[opcode] = gas;
    packed[opcode] = pack(inputs, STACK_LIMIT - outputs, gas);
  }

  // --- Basic blocks ---

  /**
   * Whether an operation ends its basic block: it ends the frame, jumps, or reads the gas left (GAS, SSTORE's
   * stipend check, the calls' and creations' 63/64 rule), which must see the gas as if each operation paid in turn.
   */
  private static final boolean[] ENDS_BLOCK = new boolean[256];

  static {
    for (int op : new int[] {STOP, JUMP, JUMPI, GAS, SSTORE, RETURN, REVERT, SELFDESTRUCT, CALL, CALLCODE,
        DELEGATECALL, STATICCALL, CREATE, CREATE2}) {
      ENDS_BLOCK[op] = true;
    }
  }

  private static final long EXACT_ONLY = Long.MIN_VALUE;
  private static final long MAX_BLOCK_GAS = 0xffff_ffffL;

  /** Whether the operation ends a basic block, so that the interpreter checks the next block after it. */
  static boolean endsBlock(int opcode) {
    return ENDS_BLOCK[opcode];
  }

  /**
   * The code's basic blocks, for the interpreter to check a whole block at once instead of each operation: for each
   * position where a block starts (0, after each JUMPDEST, after each operation that {@link #endsBlock ends one}),
   * the block's constant gas (low 32 bits), the stack items it needs on entry (bits 32-47) and the most it adds
   * (bits 48-62). A block with an undefined opcode, or too large to summarise, is marked to be run operation by
   * operation (bit 63). A JUMPDEST belongs to no block: it charges its own gas.
   *
   * <p>Paying a block's constant gas on entry cannot change an outcome: a frame that could not pay for the whole
   * block would have halted inside it anyway, with all its gas gone and its changes undone; and the operations that
   * read the gas left all end their block, so they see the same amount.
   */
  public long[] blocks(byte[] padded, int length) {
    long[] blocks = new long[length + 1];
    int start = 0;
    long gas = 0;
    int need = 0;
    int change = 0;
    int growth = 0;
    boolean exactOnly = false;
    for (int pc = 0; pc < length; pc++) {
      int op = padded[pc] & 0xff;
      if (op == JUMPDEST) {
        blocks[start] = summary(gas, need, growth, exactOnly);
        start = pc + 1;
        gas = 0;
        need = 0;
        change = 0;
        growth = 0;
        exactOnly = false;
        continue;
      }
      boolean ends = ENDS_BLOCK[op];
      if (!isDefined(op)) {
        exactOnly = true;
        ends = true;
      } else {
        need = Math.max(need, minStack[op] - change);
        change += stackChange[op];
        growth = Math.max(growth, change);
        gas += constantGas[op];
        if (op >= PUSH1 && op <= PUSH32) {
          pc += op - PUSH0;
        }
      }
      if (ends) {
        blocks[start] = summary(gas, need, growth, exactOnly);
        start = pc + 1;
        gas = 0;
        need = 0;
        change = 0;
        growth = 0;
        exactOnly = false;
      }
    }
    if (start <= length) {
      blocks[start] = summary(gas, need, growth, exactOnly); // runs into the implicit STOP
    }
    return blocks;
  }

  private static long summary(long gas, int need, int growth, boolean exactOnly) {
    if (exactOnly || gas > MAX_BLOCK_GAS || need > 0xffff || growth > 0x7fff) {
      return EXACT_ONLY;
    }
    return gas | (long) need << 32 | (long) growth << 48;
  }

  /**
   * Enters the block summarised by {@code block}: if the stack meets its needs and the gas covers it, returns the gas
   * left after paying for the whole block; otherwise -1, and the block runs operation by operation.
   */
  static long enterBlock(long block, int sp, long gas, int missing) {
    if (block < 0) {
      return -1;
    }
    long cost = block & MAX_BLOCK_GAS;
    int need = (int) (block >>> 32) & 0xffff;
    int growth = (int) (block >>> 48);
    if (sp < need || sp + growth > STACK_LIMIT - missing || gas < cost) {
      return -1;
    }
    return gas - cost;
  }

  private void registerFrontier(GasSchedule g) {
    add(STOP, 0, 0, ZERO);
    add(ADD, 2, 1, VERY_LOW);
    add(MUL, 2, 1, LOW);
    add(SUB, 2, 1, VERY_LOW);
    add(DIV, 2, 1, LOW);
    add(SDIV, 2, 1, LOW);
    add(MOD, 2, 1, LOW);
    add(SMOD, 2, 1, LOW);
    add(ADDMOD, 3, 1, MID);
    add(MULMOD, 3, 1, MID);
    add(EXP, 2, 1, GasSchedule.EXP);
    add(SIGNEXTEND, 2, 1, LOW);
    add(LT, 2, 1, VERY_LOW);
    add(GT, 2, 1, VERY_LOW);
    add(SLT, 2, 1, VERY_LOW);
    add(SGT, 2, 1, VERY_LOW);
    add(EQ, 2, 1, VERY_LOW);
    add(ISZERO, 1, 1, VERY_LOW);
    add(AND, 2, 1, VERY_LOW);
    add(OR, 2, 1, VERY_LOW);
    add(XOR, 2, 1, VERY_LOW);
    add(NOT, 1, 1, VERY_LOW);
    add(BYTE, 2, 1, VERY_LOW);
    add(KECCAK256, 2, 1, GasSchedule.KECCAK256);
    add(ADDRESS, 0, 1, BASE);
    add(BALANCE, 1, 1, g.balance());
    add(ORIGIN, 0, 1, BASE);
    add(CALLER, 0, 1, BASE);
    add(CALLVALUE, 0, 1, BASE);
    add(CALLDATALOAD, 1, 1, VERY_LOW);
    add(CALLDATASIZE, 0, 1, BASE);
    add(CALLDATACOPY, 3, 0, VERY_LOW);
    add(CODESIZE, 0, 1, BASE);
    add(CODECOPY, 3, 0, VERY_LOW);
    add(GASPRICE, 0, 1, BASE);
    add(EXTCODESIZE, 1, 1, g.extCode());
    add(EXTCODECOPY, 4, 0, g.extCode());
    add(BLOCKHASH, 1, 1, GasSchedule.BLOCKHASH);
    add(COINBASE, 0, 1, BASE);
    add(TIMESTAMP, 0, 1, BASE);
    add(NUMBER, 0, 1, BASE);
    add(PREVRANDAO, 0, 1, BASE);
    add(GASLIMIT, 0, 1, BASE);
    add(POP, 1, 0, BASE);
    add(MLOAD, 1, 1, VERY_LOW);
    add(MSTORE, 2, 0, VERY_LOW);
    add(MSTORE8, 2, 0, VERY_LOW);
    add(SLOAD, 1, 1, g.sload());
    add(SSTORE, 2, 0, ZERO);
    add(JUMP, 1, 0, MID);
    add(JUMPI, 2, 0, HIGH);
    add(PC, 0, 1, BASE);
    add(MSIZE, 0, 1, BASE);
    add(GAS, 0, 1, BASE);
    add(JUMPDEST, 0, 0, GasSchedule.JUMPDEST);
    for (int n = 1; n <= 32; n++) {
      add(PUSH1 + n - 1, 0, 1, VERY_LOW);
    }
    for (int n = 1; n <= 16; n++) {
      add(DUP1 + n - 1, n, n + 1, VERY_LOW);
      add(SWAP1 + n - 1, n + 1, n + 1, VERY_LOW);
    }
    for (int n = 0; n <= 4; n++) {
      add(LOG0 + n, 2 + n, 0, GasSchedule.LOG + n * GasSchedule.LOG_TOPIC);
    }
    add(CREATE, 3, 1, GasSchedule.CREATE);
    add(CALL, 7, 1, g.call());
    add(CALLCODE, 7, 1, g.call());
    add(RETURN, 2, 0, ZERO);
    add(SELFDESTRUCT, 1, 0, g.selfDestruct());
  }

  /** EIP-7 DELEGATECALL. */
  private void registerHomestead(GasSchedule g) {
    registerFrontier(g);
    add(DELEGATECALL, 6, 1, g.call());
  }

  /** EIP-140 REVERT, EIP-211 RETURNDATASIZE/RETURNDATACOPY, EIP-214 STATICCALL. */
  private void registerByzantium(GasSchedule g) {
    registerHomestead(g);
    add(RETURNDATASIZE, 0, 1, BASE);
    add(RETURNDATACOPY, 3, 0, VERY_LOW);
    add(STATICCALL, 6, 1, g.call());
    add(REVERT, 2, 0, ZERO);
  }

  /** EIP-145 shifts, EIP-1014 CREATE2, EIP-1052 EXTCODEHASH. */
  private void registerConstantinople(GasSchedule g) {
    registerByzantium(g);
    add(SHL, 2, 1, VERY_LOW);
    add(SHR, 2, 1, VERY_LOW);
    add(SAR, 2, 1, VERY_LOW);
    add(EXTCODEHASH, 1, 1, g.extCodeHash());
    add(CREATE2, 4, 1, GasSchedule.CREATE);
  }

  /** EIP-1344 CHAINID, EIP-1884 SELFBALANCE. */
  private void registerIstanbul(GasSchedule g) {
    registerConstantinople(g);
    add(CHAINID, 0, 1, BASE);
    add(SELFBALANCE, 0, 1, LOW);
  }

  /** EIP-3198 BASEFEE. */
  private void registerLondon(GasSchedule g) {
    registerIstanbul(g);
    add(BASEFEE, 0, 1, BASE);
  }

  /** EIP-3855 PUSH0. */
  private void registerShanghai(GasSchedule g) {
    registerLondon(g);
    add(PUSH0, 0, 1, BASE);
  }

  /** EIP-1153 TLOAD/TSTORE, EIP-5656 MCOPY, EIP-4844 BLOBHASH, EIP-7516 BLOBBASEFEE. */
  private void registerCancun(GasSchedule g) {
    registerShanghai(g);
    add(TLOAD, 1, 1, GasSchedule.TRANSIENT_STORAGE);
    add(TSTORE, 2, 0, GasSchedule.TRANSIENT_STORAGE);
    add(MCOPY, 3, 0, VERY_LOW);
    add(BLOBHASH, 1, 1, VERY_LOW);
    add(BLOBBASEFEE, 0, 1, BASE);
  }
}
