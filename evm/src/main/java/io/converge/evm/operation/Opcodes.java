package io.converge.evm.operation;

/** Opcode numbers and mnemonics. Which of them a fork has, and what they cost, lives in {@link OperationTable}. */
public final class Opcodes {
  public static final int STOP = 0x00;
  public static final int ADD = 0x01;
  public static final int MUL = 0x02;
  public static final int SUB = 0x03;
  public static final int DIV = 0x04;
  public static final int SDIV = 0x05;
  public static final int MOD = 0x06;
  public static final int SMOD = 0x07;
  public static final int ADDMOD = 0x08;
  public static final int MULMOD = 0x09;
  public static final int EXP = 0x0a;
  public static final int SIGNEXTEND = 0x0b;
  public static final int LT = 0x10;
  public static final int GT = 0x11;
  public static final int SLT = 0x12;
  public static final int SGT = 0x13;
  public static final int EQ = 0x14;
  public static final int ISZERO = 0x15;
  public static final int AND = 0x16;
  public static final int OR = 0x17;
  public static final int XOR = 0x18;
  public static final int NOT = 0x19;
  public static final int BYTE = 0x1a;
  public static final int SHL = 0x1b;
  public static final int SHR = 0x1c;
  public static final int SAR = 0x1d;
  public static final int KECCAK256 = 0x20;
  public static final int ADDRESS = 0x30;
  public static final int BALANCE = 0x31;
  public static final int ORIGIN = 0x32;
  public static final int CALLER = 0x33;
  public static final int CALLVALUE = 0x34;
  public static final int CALLDATALOAD = 0x35;
  public static final int CALLDATASIZE = 0x36;
  public static final int CALLDATACOPY = 0x37;
  public static final int CODESIZE = 0x38;
  public static final int CODECOPY = 0x39;
  public static final int GASPRICE = 0x3a;
  public static final int EXTCODESIZE = 0x3b;
  public static final int EXTCODECOPY = 0x3c;
  public static final int RETURNDATASIZE = 0x3d;
  public static final int RETURNDATACOPY = 0x3e;
  public static final int EXTCODEHASH = 0x3f;
  public static final int BLOCKHASH = 0x40;
  public static final int COINBASE = 0x41;
  public static final int TIMESTAMP = 0x42;
  public static final int NUMBER = 0x43;
  /** DIFFICULTY before Paris, PREVRANDAO from Paris (EIP-4399). */
  public static final int PREVRANDAO = 0x44;
  public static final int GASLIMIT = 0x45;
  public static final int CHAINID = 0x46;
  public static final int SELFBALANCE = 0x47;
  public static final int BASEFEE = 0x48;
  public static final int BLOBHASH = 0x49;
  public static final int BLOBBASEFEE = 0x4a;
  public static final int POP = 0x50;
  public static final int MLOAD = 0x51;
  public static final int MSTORE = 0x52;
  public static final int MSTORE8 = 0x53;
  public static final int SLOAD = 0x54;
  public static final int SSTORE = 0x55;
  public static final int JUMP = 0x56;
  public static final int JUMPI = 0x57;
  public static final int PC = 0x58;
  public static final int MSIZE = 0x59;
  public static final int GAS = 0x5a;
  public static final int JUMPDEST = 0x5b;
  public static final int TLOAD = 0x5c;
  public static final int TSTORE = 0x5d;
  public static final int MCOPY = 0x5e;
  public static final int PUSH0 = 0x5f;
  public static final int PUSH1 = 0x60;
  public static final int PUSH32 = 0x7f;
  public static final int DUP1 = 0x80;
  public static final int DUP16 = 0x8f;
  public static final int SWAP1 = 0x90;
  public static final int SWAP16 = 0x9f;
  public static final int LOG0 = 0xa0;
  public static final int LOG4 = 0xa4;
  public static final int CREATE = 0xf0;
  public static final int CALL = 0xf1;
  public static final int CALLCODE = 0xf2;
  public static final int RETURN = 0xf3;
  public static final int DELEGATECALL = 0xf4;
  public static final int CREATE2 = 0xf5;
  public static final int STATICCALL = 0xfa;
  public static final int REVERT = 0xfd;
  public static final int INVALID = 0xfe;
  public static final int SELFDESTRUCT = 0xff;

  private static final String[] NAMES = new String[256];

  static {
    String[] named = {
      "00STOP", "01ADD", "02MUL", "03SUB", "04DIV", "05SDIV", "06MOD", "07SMOD", "08ADDMOD", "09MULMOD", "0aEXP",
      "0bSIGNEXTEND", "10LT", "11GT", "12SLT", "13SGT", "14EQ", "15ISZERO", "16AND", "17OR", "18XOR", "19NOT", "1aBYTE",
      "1bSHL", "1cSHR", "1dSAR", "20KECCAK256", "30ADDRESS", "31BALANCE", "32ORIGIN", "33CALLER", "34CALLVALUE",
      "35CALLDATALOAD", "36CALLDATASIZE", "37CALLDATACOPY", "38CODESIZE", "39CODECOPY", "3aGASPRICE", "3bEXTCODESIZE",
      "3cEXTCODECOPY", "3dRETURNDATASIZE", "3eRETURNDATACOPY", "3fEXTCODEHASH", "40BLOCKHASH", "41COINBASE",
      "42TIMESTAMP", "43NUMBER", "44PREVRANDAO", "45GASLIMIT", "46CHAINID", "47SELFBALANCE", "48BASEFEE", "49BLOBHASH",
      "4aBLOBBASEFEE", "50POP", "51MLOAD", "52MSTORE", "53MSTORE8", "54SLOAD", "55SSTORE", "56JUMP", "57JUMPI", "58PC",
      "59MSIZE", "5aGAS", "5bJUMPDEST", "5cTLOAD", "5dTSTORE", "5eMCOPY", "5fPUSH0", "a0LOG0", "a1LOG1", "a2LOG2",
      "a3LOG3", "a4LOG4", "f0CREATE", "f1CALL", "f2CALLCODE", "f3RETURN", "f4DELEGATECALL", "f5CREATE2",
      "faSTATICCALL", "fdREVERT", "feINVALID", "ffSELFDESTRUCT"
    };
    for (String n : named) {
      NAMES[Integer.parseInt(n.substring(0, 2), 16)] = n.substring(2);
    }
    for (int i = 1; i <= 32; i++) {
      NAMES[PUSH1 + i - 1] = "PUSH" + i;
    }
    for (int i = 1; i <= 16; i++) {
      NAMES[DUP1 + i - 1] = "DUP" + i;
      NAMES[SWAP1 + i - 1] = "SWAP" + i;
    }
    for (int i = 0; i < 256; i++) {
      if (NAMES[i] == null) {
        NAMES[i] = String.format("opcode 0x%02x not defined", i);
      }
    }
  }

  private Opcodes() {}

  /** The mnemonic, or a description for undefined bytes (as geth's tracer prints them). */
  public static String name(int opcode) {
    return NAMES[opcode & 0xff];
  }
}
