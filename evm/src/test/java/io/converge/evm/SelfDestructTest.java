package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Fork;
import io.converge.types.Wei;
import org.junit.jupiter.api.Test;

class SelfDestructTest {
  private static final Address HEIR = Address.fromHex("0x00000000000000000000000000000000000000e1");

  private static Harness destructing(Fork fork) {
    Harness harness = Harness.on(fork);
    harness.world.setBalance(Harness.CONTRACT, Wei.of(500));
    return harness.withCode(Bytecode.code().push(HEIR).op(0xff));
  }

  @Test
  void beforeCancunTheAccountIsDeletedAndItsBalanceInherited() {
    Harness harness = destructing(Fork.SHANGHAI);
    ExecutionResult result = harness.call(1_000_000);
    assertThat(((ExecutionResult.Success) result).selfDestructs()).containsExactly(Harness.CONTRACT);
    assertThat(harness.world.balance(HEIR)).isEqualTo(Wei.of(500));
    assertThat(harness.world.balance(Harness.CONTRACT)).isEqualTo(Wei.ZERO);
  }

  @Test
  void fromCancunAnOldContractOnlyGivesAwayItsBalance() {
    Harness harness = destructing(Fork.CANCUN);
    ExecutionResult result = harness.call(1_000_000);
    assertThat(((ExecutionResult.Success) result).selfDestructs()).isEmpty();
    assertThat(harness.world.balance(HEIR)).isEqualTo(Wei.of(500));
    assertThat(harness.world.code(Harness.CONTRACT).size()).isPositive();
  }

  @Test
  void fromCancunAContractCreatedInTheSameTransactionIsDeleted() {
    byte[] initCode = Bytecode.code().push(HEIR).op(0xff).toArray();
    Harness harness = Harness.on(Fork.CANCUN).withCode(CreateTest.creating(initCode, false));
    ExecutionResult result = harness.call(1_000_000);
    Address created = ContractAddress.forCreate(Harness.CONTRACT, 0);
    assertThat(((ExecutionResult.Success) result).selfDestructs()).containsExactly(created);
  }

  @Test
  void refundsTheFirstSelfDestructUntilLondon() {
    assertThat(((ExecutionResult.Success) destructing(Fork.BERLIN).call(1_000_000)).refund()).isEqualTo(24000);
    assertThat(((ExecutionResult.Success) destructing(Fork.LONDON).call(1_000_000)).refund()).isZero();
  }

  @Test
  void chargesForACreatedBeneficiaryAndColdAccess() {
    // Berlin: 5000 + 2600 cold + 25000 for sending a balance to a dead account
    assertThat(1_000_000 - destructing(Fork.BERLIN).call(1_000_000).gasLeft()).isEqualTo(3 + 5000 + 2600 + 25000);
    // Tangerine Whistle: 5000 + 25000 because the beneficiary does not exist
    assertThat(1_000_000 - destructing(Fork.TANGERINE_WHISTLE).call(1_000_000).gasLeft())
        .isEqualTo(3 + 5000 + 25000);
    // Frontier: free
    assertThat(1_000_000 - destructing(Fork.FRONTIER).call(1_000_000).gasLeft()).isEqualTo(3);
  }

  @Test
  void aContractNamingItselfBurnsItsBalanceBeforeCancun() {
    Harness harness = Harness.on(Fork.SHANGHAI);
    harness.world.setBalance(Harness.CONTRACT, Wei.of(500));
    harness.withCode(Bytecode.code().op(0x30).op(0xff)).call(1_000_000);
    assertThat(harness.world.balance(Harness.CONTRACT)).isEqualTo(Wei.ZERO);
  }

  @Test
  void staticCallCannotSelfDestruct() {
    Address victim = Address.fromHex("0x00000000000000000000000000000000000000d1");
    Harness harness = Harness.on(Fork.CANCUN).deploy(victim, Bytecode.code().push(HEIR).op(0xff));
    Bytecode caller = Bytecode.code().push(0).push(0).push(0).push(0).push(victim).push(100_000).op(0xfa)
        .returnTop();
    assertThat(Harness.outputWord(harness.withCode(caller).call(1_000_000))).isZero();
  }
}
