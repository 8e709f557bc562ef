package io.converge.evm.gas;

import io.converge.types.Fork;
import io.converge.types.UInt256;

/**
 * A fork's EVM costs and limits, plus the few non-gas rules that forks changed alongside them. Each fork's schedule
 * extends the previous fork's and overrides only what its EIPs changed ({@code CancunGasSchedule extends
 * ShanghaiGasSchedule}). Costs that never changed since Frontier are the constants below.
 */
public interface GasSchedule {
  long ZERO = 0;
  long JUMPDEST = 1;
  long BASE = 2;
  long VERY_LOW = 3;
  long LOW = 5;
  long MID = 8;
  long HIGH = 10;
  long EXP = 10;
  long KECCAK256 = 30;
  long KECCAK256_WORD = 6;
  long COPY_WORD = 3;
  long MEMORY_WORD = 3;
  long MEMORY_QUADRATIC_DIVISOR = 512;
  long BLOCKHASH = 20;
  long LOG = 375;
  long LOG_TOPIC = 375;
  long LOG_DATA_BYTE = 8;
  long CREATE = 32000;
  long CODE_DEPOSIT_BYTE = 200;
  long CALL_VALUE_TRANSFER = 9000;
  long CALL_STIPEND = 2300;
  long NEW_ACCOUNT = 25000;
  /** A warm account or slot access (EIP-2929). */
  long WARM_ACCESS = 100;
  /** TLOAD and TSTORE (EIP-1153): the price of a warm, already-written slot. */
  long TRANSIENT_STORAGE = WARM_ACCESS;

  /** The schedule of a fork; fails for forks this EVM does not implement. */
  static GasSchedule forFork(Fork fork) {
    return switch (fork) {
      case FRONTIER -> new FrontierGasSchedule();
      case HOMESTEAD -> new HomesteadGasSchedule();
      case TANGERINE_WHISTLE -> new TangerineWhistleGasSchedule();
      case SPURIOUS_DRAGON -> new SpuriousDragonGasSchedule();
      case BYZANTIUM -> new ByzantiumGasSchedule();
      case CONSTANTINOPLE -> new ConstantinopleGasSchedule();
      case PETERSBURG -> new PetersburgGasSchedule();
      // Muir Glacier only moved the difficulty bomb.
      case ISTANBUL, MUIR_GLACIER -> new IstanbulGasSchedule();
      case BERLIN -> new BerlinGasSchedule();
      // Arrow and Gray Glacier moved the bomb; Paris changed no cost (PREVRANDAO reuses DIFFICULTY's slot).
      case LONDON, ARROW_GLACIER, GRAY_GLACIER, PARIS -> new LondonGasSchedule();
      case SHANGHAI -> new ShanghaiGasSchedule();
      case CANCUN -> new CancunGasSchedule();
      case PRAGUE -> throw new IllegalArgumentException("Prague is not implemented by this EVM yet");
    };
  }

  /** The fork this schedule describes (the earliest of forks sharing it). */
  Fork fork();

  // --- Costs that changed ---

  /** EXP per byte of exponent (EIP-160 raised it). */
  long expByte();

  /** SLOAD; from Berlin the warm cost, with {@link #coldSload()} on top for a cold slot. */
  long sload();

  /** BALANCE; from Berlin the warm cost. */
  long balance();

  /** EXTCODESIZE and EXTCODECOPY's base; from Berlin the warm cost. */
  long extCode();

  /** EXTCODEHASH; from Berlin the warm cost. */
  long extCodeHash();

  /** CALL, CALLCODE, DELEGATECALL, STATICCALL base; from Berlin the warm cost. */
  long call();

  /** SELFDESTRUCT base. */
  long selfDestruct();

  /** Refund for the first SELFDESTRUCT of an account in a transaction (removed by EIP-3529). */
  long selfDestructRefund();

  /** Full cost of a cold account access (EIP-2929); 0 before Berlin, when nothing is cold. */
  long coldAccountAccess();

  /** Full cost of a cold storage slot access (EIP-2929); 0 before Berlin. */
  long coldSload();

  /** Whether this fork tracks warm accounts and slots (EIP-2929). */
  default boolean tracksAccess() {
    return coldAccountAccess() > 0;
  }

  /** Extra cost of a CALL that may create the recipient. */
  long callNewAccount(boolean recipientExists, boolean recipientAlive, boolean transfersValue);

  /** Extra cost of a SELFDESTRUCT that may create the beneficiary. */
  long selfDestructNewAccount(boolean beneficiaryExists, boolean beneficiaryAlive, boolean hasBalance);

  /** Whether call gas is capped at all but 1/64 of what is left (EIP-150). */
  boolean capsCallGas();

  /** Per-word cost of hashing CREATE2 init code is a constant; this is EIP-3860's per-word init code cost. */
  long initCodeWord();

  /** Longest init code CREATE may run (EIP-3860). */
  int maxInitCodeSize();

  /** Longest code a creation may deposit (EIP-170). */
  int maxCodeSize();

  // --- SSTORE ---

  /** Whether {@link #sstoreCost} and {@link #sstoreRefund} read the value at transaction start. */
  boolean sstoreNeedsOriginal();

  /** Gas an SSTORE needs left before it may run at all (EIP-2200 sentry); 0 for no minimum. */
  long sstoreSentry();

  /** SSTORE cost, excluding the cold surcharge. */
  long sstoreCost(UInt256 original, UInt256 current, UInt256 newValue);

  /** Change to the refund counter an SSTORE makes (may be negative). */
  long sstoreRefund(UInt256 original, UInt256 current, UInt256 newValue);

  // --- Rules that are not costs but changed with the same forks ---

  /** Touched accounts left empty are deleted and new contracts start at nonce 1 (EIP-161). */
  boolean clearsEmptyAccounts();

  /** A creation that cannot pay its code deposit fails instead of deploying empty code (EIP-2). */
  boolean failsCreationWithoutDeposit();

  /** New code may not start with 0xEF (EIP-3541). */
  boolean rejectsEfCode();

  /** SELFDESTRUCT deletes only contracts created in the same transaction (EIP-6780). */
  boolean selfDestructsOnlyNewContracts();

  /** The coinbase is warm from the start (EIP-3651). */
  boolean warmsCoinbase();

  // --- Derived, the same in every fork ---

  /** Gas for {@code words} words of memory: 3 per word plus words²/512. */
  static long memoryCost(long words) {
    // words < 2^32 here, so words*words fits in 64 unsigned bits; shift instead of a signed division.
    return MEMORY_WORD * words + ((words * words) >>> 9);
  }

  /** Number of 32-byte words covering {@code bytes}. */
  static long words(long bytes) {
    return (bytes + 31) >>> 5;
  }

  /** Gas handed to a child after EIP-150: all but one 64th of what is left. */
  static long allButOne64th(long gas) {
    return gas - gas / 64;
  }
}
