package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
  private static BigInteger single(Fork fork, int opcode) {
    return Harness.outputWord(Harness.on(fork).withCode(Bytecode.code().op(opcode).returnTop()).call(100_000));
  }

  private static BigInteger number(Address address) {
    return new BigInteger(1, address.toArray());
  }

  @Test
  void pushesTheMessageAndTransactionAddresses() {
    assertThat(single(Fork.CANCUN, 0x30)).isEqualTo(number(Harness.CONTRACT));
    assertThat(single(Fork.CANCUN, 0x33)).isEqualTo(number(Harness.SENDER));
    assertThat(single(Fork.CANCUN, 0x32)).isEqualTo(number(Harness.SENDER));
    assertThat(single(Fork.CANCUN, 0x41)).isEqualTo(number(Harness.COINBASE));
  }

  @Test
  void pushesTheBlockValues() {
    assertThat(single(Fork.CANCUN, 0x42)).isEqualTo(Harness.BLOCK.timestamp());
    assertThat(single(Fork.CANCUN, 0x43)).isEqualTo(Harness.BLOCK.number());
    assertThat(single(Fork.CANCUN, 0x45)).isEqualTo(Harness.BLOCK.gasLimit());
    assertThat(single(Fork.CANCUN, 0x46)).isEqualTo(1);
    assertThat(single(Fork.CANCUN, 0x48)).isEqualTo(7);
    assertThat(single(Fork.CANCUN, 0x4a)).isEqualTo(1);
    assertThat(single(Fork.CANCUN, 0x3a)).isEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LONDON, false", "PARIS, true", "CANCUN, true"})
  void opcode0x44IsDifficultyBeforeParisAndPrevRandaoAfter(Fork fork, boolean randao) {
    BigInteger expected = randao ? new BigInteger(1, Harness.BLOCK.prevRandao().toArray())
        : Harness.BLOCK.difficulty().value();
    assertThat(single(fork, 0x44)).isEqualTo(expected);
  }

  @Test
  void blockHashSeesOnlyThe256PreviousBlocks() {
    long current = Harness.BLOCK.number();
    for (long n : new long[] {current - 1, current - 256}) {
      Bytecode code = Bytecode.code().push(n).op(0x40).returnTop();
      assertThat(Harness.outputWord(Harness.on(Fork.CANCUN).withCode(code).call(100_000))).isEqualTo(n);
    }
    for (long n : new long[] {current, current + 1, current - 257}) {
      Bytecode code = Bytecode.code().push(n).op(0x40).returnTop();
      assertThat(Harness.outputWord(Harness.on(Fork.CANCUN).withCode(code).call(100_000))).isZero();
    }
  }

  @Test
  void blobHashReadsTheTransactionsVersionedHashes() {
    Hash blob = Hash.fromHex("0x01" + "22".repeat(31));
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(0).op(0x49).push(1).op(0x49).op(0x01)
        .returnTop());
    harness.world.commitTransaction();
    TransactionContext tx = new TransactionContext(Harness.SENDER, Wei.of(10), List.of(blob), List.of());
    ExecutionResult result = harness.evm.execute(
        MessageCall.call(Harness.SENDER, Harness.CONTRACT, Wei.ZERO, io.converge.types.Bytes.EMPTY, 100_000), tx,
        Harness.BLOCK, harness.world);
    assertThat(Harness.outputWord(result)).isEqualTo(new BigInteger(1, blob.toArray()));
  }

  @Test
  void extCodeHashIsZeroForAbsentAndEmptyAccountsAndTheHashOtherwise() {
    Address empty = Address.fromHex("0x00000000000000000000000000000000000000e0");
    Harness harness = Harness.on(Fork.CANCUN);
    harness.world.ensureExists(empty);
    Bytecode code = Bytecode.code().push(empty).op(0x3f).push(0xabcdef).op(0x3f).op(0x01)
        .op(0x30).op(0x3f).op(0x01).returnTop();
    BigInteger result = Harness.outputWord(harness.withCode(code).call(100_000));
    assertThat(result).isEqualTo(new BigInteger(1, harness.world.codeHash(Harness.CONTRACT).toArray()));
  }

  @Test
  void selfBalanceAndCallValueSeeTheMessage() {
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().op(0x47).op(0x34).op(0x01).returnTop());
    harness.world.setBalance(Harness.CONTRACT, Wei.of(40));
    ExecutionResult result = harness.call(io.converge.types.Bytes.EMPTY, Wei.of(2), 100_000, List.of(), null);
    assertThat(Harness.outputWord(result)).isEqualTo(44); // 40 + 2 received, plus the value 2
  }

  @Test
  void callDataLoadPadsWithZeros() {
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(1).op(0x35).returnTop());
    ExecutionResult result = harness.call(io.converge.types.Bytes.fromHex("aabbcc"), Wei.ZERO, 100_000, List.of(),
        null);
    assertThat(Harness.outputWord(result)).isEqualTo(new BigInteger("bbcc" + "00".repeat(30), 16));
  }
}
