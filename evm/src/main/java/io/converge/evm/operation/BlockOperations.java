package io.converge.evm.operation;

import io.converge.evm.BlockContext;
import io.converge.evm.frame.Frame;
import io.converge.types.Fork;
import io.converge.types.Hash;
import java.util.List;

/** Operations that read the block: BLOCKHASH, COINBASE, TIMESTAMP, ..., BLOBHASH, BLOBBASEFEE. */
final class BlockOperations {
  /** BLOCKHASH sees this many ancestors. */
  static final int BLOCKHASH_WINDOW = 256;

  private BlockOperations() {}

  private static int pushed(Frame f) {
    f.sp++;
    f.pc++;
    return Frame.CONTINUE;
  }

  private static int next(Frame f) {
    return f.sp << 2;
  }

  static int coinbase(Frame f) {
    StackValues.setAddress(f.stack, next(f), f.context.block.coinbase());
    return pushed(f);
  }

  static int timestamp(Frame f) {
    WordMath.setLong(f.stack, next(f), f.context.block.timestamp());
    return pushed(f);
  }

  static int number(Frame f) {
    WordMath.setLong(f.stack, next(f), f.context.block.number());
    return pushed(f);
  }

  /** 0x44: DIFFICULTY before Paris, PREVRANDAO from Paris (EIP-4399). */
  static int prevRandao(Frame f) {
    BlockContext block = f.context.block;
    if (f.context.operations.fork().isAtLeast(Fork.PARIS)) {
      StackValues.setHash(f.stack, next(f), block.prevRandao());
    } else {
      StackValues.setUInt256(f.stack, next(f), block.difficulty());
    }
    return pushed(f);
  }

  static int gasLimit(Frame f) {
    WordMath.setLong(f.stack, next(f), f.context.block.gasLimit());
    return pushed(f);
  }

  /** CHAINID (EIP-1344). */
  static int chainId(Frame f) {
    WordMath.setLong(f.stack, next(f), f.context.block.chainId());
    return pushed(f);
  }

  /** BASEFEE (EIP-3198). */
  static int baseFee(Frame f) {
    StackValues.setWei(f.stack, next(f), f.context.block.baseFee());
    return pushed(f);
  }

  /** BLOBBASEFEE (EIP-7516). */
  static int blobBaseFee(Frame f) {
    StackValues.setWei(f.stack, next(f), f.context.block.blobBaseFee());
    return pushed(f);
  }

  /** BLOCKHASH: the hash of one of the 256 most recent ancestors, zero for any other number. */
  static int blockHash(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    long requested = StackValues.toGas(f.stack, top);
    // gas: constant only
    // operation
    long current = f.context.block.number();
    boolean inWindow = requested < current && current - requested <= BLOCKHASH_WINDOW;
    if (inWindow) {
      StackValues.setHash(f.stack, top, f.context.block.blockHashes().hashOf(requested));
    } else {
      WordMath.setZero(f.stack, top);
    }
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }

  /** BLOBHASH (EIP-4844): the transaction's versioned hash at the index on top, zero past the end. */
  static int blobHash(Frame f) {
    // stack
    int top = (f.sp - 1) << 2;
    List<Hash> hashes = f.context.transaction.blobVersionedHashes();
    int index = WordMath.smallIntBelow(f.stack, top, hashes.size());
    // gas: constant only
    // operation
    if (index >= 0) {
      StackValues.setHash(f.stack, top, hashes.get(index));
    } else {
      WordMath.setZero(f.stack, top);
    }
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }
}
