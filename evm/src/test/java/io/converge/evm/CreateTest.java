package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CreateTest {
  private static final Bytes RUNTIME = Bytes.fromHex("602a60005260206000f3"); // returns 42

  /** Init code that returns {@code runtime} (at most 32 bytes). */
  static Bytecode initCodeReturning(Bytes runtime) {
    return Bytecode.code().push(new BigInteger(1, runtime.toArray())).push(0).op(0x52)
        .push(runtime.size()).push(32 - runtime.size()).op(0xf3);
  }

  /** Code that writes {@code data} to memory at 0 in 32-byte chunks. */
  static Bytecode storeInMemory(Bytecode code, byte[] data) {
    for (int at = 0; at < data.length; at += 32) {
      byte[] chunk = Arrays.copyOf(Arrays.copyOfRange(data, at, Math.min(data.length, at + 32)), 32);
      code.pushBytes(chunk).push(at).op(0x52);
    }
    return code;
  }

  /** Contract code: CREATE (or CREATE2 with salt 7) of {@code initCode}, returning the new address. */
  static Bytecode creating(byte[] initCode, boolean create2) {
    Bytecode code = storeInMemory(Bytecode.code(), initCode);
    if (create2) {
      code.push(7);
    }
    return code.push(initCode.length).push(0).push(0).op(create2 ? 0xf5 : 0xf0).returnTop();
  }

  private static Address outputAddress(ExecutionResult result) {
    byte[] word = Harness.padTo32(Harness.outputWord(result));
    return Address.fromLow20(word);
  }

  @Test
  void createDeploysTheInitCodesOutputAtTheNonceAddress() {
    Harness harness = Harness.on(Fork.CANCUN);
    harness.world.setNonce(Harness.CONTRACT, 5);
    ExecutionResult result = harness.withCode(creating(initCodeReturning(RUNTIME).toArray(), false)).call(1_000_000);
    Address created = ContractAddress.forCreate(Harness.CONTRACT, 5);
    assertThat(outputAddress(result)).isEqualTo(created);
    assertThat(harness.world.code(created)).isEqualTo(RUNTIME);
    assertThat(harness.world.nonce(created)).isEqualTo(1);
    assertThat(harness.world.nonce(Harness.CONTRACT)).isEqualTo(6);
  }

  @Test
  void create2DeploysAtTheSaltedAddress() {
    byte[] initCode = initCodeReturning(RUNTIME).toArray();
    Harness harness = Harness.on(Fork.CANCUN);
    ExecutionResult result = harness.withCode(creating(initCode, true)).call(1_000_000);
    byte[] salt = new byte[32];
    salt[31] = 7;
    Address expected = ContractAddress.forCreate2(Harness.CONTRACT, Hash.wrap(salt), Bytes.wrap(initCode));
    assertThat(outputAddress(result)).isEqualTo(expected);
    assertThat(harness.world.code(expected)).isEqualTo(RUNTIME);
  }

  @Test
  void create2AtAnOccupiedAddressFailsButStillBumpsTheNonce() {
    byte[] initCode = initCodeReturning(RUNTIME).toArray();
    Harness harness = Harness.on(Fork.CANCUN);
    Address target = ContractAddress.forCreate2(Harness.CONTRACT, Hash.wrap(Harness.padTo32(BigInteger.valueOf(7))),
        Bytes.wrap(initCode));
    harness.world.setNonce(target, 1);
    long nonceBefore = harness.world.nonce(Harness.CONTRACT);
    ExecutionResult result = harness.withCode(creating(initCode, true)).call(1_000_000);
    assertThat(Harness.outputWord(result)).isZero();
    assertThat(harness.world.nonce(Harness.CONTRACT)).isEqualTo(nonceBefore + 1);
  }

  @Test
  void revertingInitCodeCreatesNothingAndExposesItsReason() {
    byte[] initCode = Bytecode.code().push(0).push(3).op(0xfd).toArray(); // REVERT(3, 0)... 0 bytes from 3
    Bytecode code = storeInMemory(Bytecode.code(), initCode).push(initCode.length).push(0).push(0).op(0xf0)
        .op(0x3d).op(0x01).returnTop(); // address (0) + RETURNDATASIZE
    assertThat(Harness.outputWord(Harness.on(Fork.CANCUN).withCode(code).call(1_000_000))).isZero();
  }

  @Test
  void codeLongerThan24576BytesIsNotDeployed() {
    Bytecode tooLong = Bytecode.code().push(0x6001).push(0).op(0xf3);
    Bytecode atLimit = Bytecode.code().push(0x6000).push(0).op(0xf3);
    assertThat(Harness.outputWord(Harness.on(Fork.CANCUN).withCode(creating(tooLong.toArray(), false))
        .call(10_000_000))).isZero();
    assertThat(Harness.outputWord(Harness.on(Fork.CANCUN).withCode(creating(atLimit.toArray(), false))
        .call(10_000_000))).isNotZero();
    assertThat(Harness.outputWord(Harness.on(Fork.TANGERINE_WHISTLE).withCode(creating(tooLong.toArray(), false))
        .call(10_000_000))).isNotZero();
  }

  @Test
  void codeStartingWithEfIsRejectedFromLondon() {
    byte[] initCode = initCodeReturning(Bytes.fromHex("ef00")).toArray();
    assertThat(Harness.outputWord(Harness.on(Fork.LONDON).withCode(creating(initCode, false)).call(1_000_000)))
        .isZero();
    assertThat(Harness.outputWord(Harness.on(Fork.BERLIN).withCode(creating(initCode, false)).call(1_000_000)))
        .isNotZero();
  }

  @Test
  void initCodeAboveTheShanghaiLimitRunsOutOfGas() {
    Bytecode code = Bytecode.code().push(49153).push(0).push(0).op(0xf0);
    assertThat(Harness.on(Fork.SHANGHAI).withCode(code).call(10_000_000))
        .isEqualTo(new ExecutionResult.ExceptionalHalt(HaltReason.INIT_CODE_SIZE_EXCEEDED));
    assertThat(Harness.on(Fork.LONDON).withCode(code).call(10_000_000)).isInstanceOf(ExecutionResult.Success.class);
  }

  @Test
  void initCodeIsMeteredPerWordFromShanghai() {
    Bytecode code = Bytecode.code().push(64).push(0).push(0).op(0xf0).op(0x50);
    long london = 10_000_000 - Harness.on(Fork.LONDON).withCode(code).call(10_000_000).gasLeft();
    long shanghai = 10_000_000 - Harness.on(Fork.SHANGHAI).withCode(code).call(10_000_000).gasLeft();
    assertThat(shanghai - london).isEqualTo(2 * 2);
  }

  @Test
  void unaffordableCodeDepositLeavesAnEmptyContractInFrontierAndFailsLater() {
    // Returns 100 bytes: 20000 gas of deposit, more than the child gets.
    byte[] initCode = Bytecode.code().push(100).push(0).op(0xf3).toArray();
    Harness frontier = Harness.on(Fork.FRONTIER);
    Address created = outputAddress(frontier.withCode(creating(initCode, false)).call(52_000));
    assertThat(created).isNotEqualTo(Address.ZERO);
    assertThat(frontier.world.exists(created)).isTrue();
    assertThat(frontier.world.code(created)).isEqualTo(Bytes.EMPTY);
    // From Homestead the creation fails. (Tangerine Whistle here: before it the child takes all the caller's gas,
    // so the caller could not even return the result.)
    Harness later = Harness.on(Fork.TANGERINE_WHISTLE);
    assertThat(Harness.outputWord(later.withCode(creating(initCode, false)).call(52_000))).isZero();
  }

  @Test
  void createInsideStaticCallHalts() {
    Address factory = Address.fromHex("0x00000000000000000000000000000000000fac70");
    Harness harness = Harness.on(Fork.CANCUN).deploy(factory, Bytecode.code().push(0).push(0).push(0).op(0xf0));
    Bytecode caller = Bytecode.code().push(0).push(0).push(0).push(0).push(factory).push(100_000).op(0xfa)
        .returnTop();
    assertThat(Harness.outputWord(harness.withCode(caller).call(1_000_000))).isZero();
  }

  @Test
  void topLevelCreationDepositsCodeAndReportsCollisions() {
    Harness harness = Harness.on(Fork.CANCUN);
    long nonce = harness.world.nonce(Harness.SENDER);
    ExecutionResult result = harness.create(initCodeReturning(RUNTIME).toBytes(), 1_000_000);
    assertThat(result).isInstanceOf(ExecutionResult.Success.class);
    Address created = ContractAddress.forCreate(Harness.SENDER, nonce);
    assertThat(harness.world.code(created)).isEqualTo(RUNTIME);
    assertThat(Hash.wrap(Keccak256.hash(RUNTIME.toArray()))).isEqualTo(harness.world.codeHash(created));

    Harness occupied = Harness.on(Fork.CANCUN);
    occupied.world.setCode(ContractAddress.forCreate(Harness.SENDER, nonce), RUNTIME);
    assertThat(occupied.create(initCodeReturning(RUNTIME).toBytes(), 1_000_000))
        .isEqualTo(new ExecutionResult.ExceptionalHalt(HaltReason.ADDRESS_COLLISION));
  }
}
