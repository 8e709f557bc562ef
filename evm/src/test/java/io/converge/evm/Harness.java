package io.converge.evm;

import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.InMemoryWorld;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.List;

/** Runs test programs: a funded sender calls a contract holding the program, on a fork's EVM. */
public final class Harness {
  public static final Address SENDER = Address.fromHex("0x5e11de5e11de5e11de5e11de5e11de5e11de5e11");
  public static final Address CONTRACT = Address.fromHex("0xc0dec0dec0dec0dec0dec0dec0dec0dec0dec0de");
  public static final Address COINBASE = Address.fromHex("0xc01bba5ec01bba5ec01bba5ec01bba5ec01bba5e");
  public static final Wei FUNDS = new Wei(BigInteger.TEN.pow(30));
  public static final BlockContext BLOCK = new BlockContext(
      COINBASE, 1000, 1_700_000_000L, 30_000_000L, UInt256.of(131072), Hash.fromHex("0x" + "ab".repeat(32)),
      Wei.of(7), 1, Wei.of(1), number -> Hash.wrap(padTo32(BigInteger.valueOf(number))));

  public final Evm evm;
  public final InMemoryWorld world = new InMemoryWorld();

  public Harness(Fork fork) {
    this.evm = Evm.forFork(fork);
    world.setBalance(SENDER, FUNDS);
    world.setNonce(SENDER, 1);
  }

  public static Harness on(Fork fork) {
    return new Harness(fork);
  }

  public Harness deploy(Address address, Bytecode code) {
    world.setCode(address, code.toBytes());
    return this;
  }

  /** Puts {@code code} at {@link #CONTRACT}, ends the set-up transaction. */
  public Harness withCode(Bytecode code) {
    deploy(CONTRACT, code);
    world.commitTransaction();
    return this;
  }

  public ExecutionResult call(long gas) {
    return call(Bytes.EMPTY, Wei.ZERO, gas, List.of(), null);
  }

  public ExecutionResult call(Bytes input, Wei value, long gas, List<TransactionContext.AccessListEntry> access,
      Tracer tracer) {
    world.commitTransaction();
    TransactionContext tx = new TransactionContext(SENDER, Wei.of(10), List.of(), access);
    return evm.execute(MessageCall.call(SENDER, CONTRACT, value, input, gas), tx, BLOCK, world, tracer);
  }

  public ExecutionResult create(Bytes initCode, long gas) {
    world.commitTransaction();
    long nonce = world.nonce(SENDER);
    world.setNonce(SENDER, nonce + 1);
    Address address = ContractAddress.forCreate(SENDER, nonce);
    TransactionContext tx = TransactionContext.of(SENDER, Wei.of(10));
    return evm.execute(MessageCall.create(SENDER, address, Wei.ZERO, initCode, gas), tx, BLOCK, world);
  }

  /** The 32-byte output of a successful call as a number. */
  public static BigInteger outputWord(ExecutionResult result) {
    if (!(result instanceof ExecutionResult.Success success)) {
      throw new AssertionError("expected success, got " + result);
    }
    return new BigInteger(1, success.output().toArray());
  }

  public UInt256 storage(long slot) {
    return world.storage(CONTRACT, UInt256.of(slot));
  }

  static byte[] padTo32(BigInteger value) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return out;
  }
}
