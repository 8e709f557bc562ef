package io.converge.rpc.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import org.junit.jupiter.api.Test;

class RevertReasonTest {
  // Error("Insufficient balance"), as solc encodes require(false, "Insufficient balance").
  private static final Bytes ERROR = Bytes.fromHex("0x08c379a0"
      + "0000000000000000000000000000000000000000000000000000000000000020"
      + "0000000000000000000000000000000000000000000000000000000000000014"
      + "496e73756666696369656e742062616c616e6365000000000000000000000000");

  @Test
  void decodesErrorStrings() {
    assertThat(RevertReason.message(ERROR)).isEqualTo("execution reverted: Insufficient balance");
  }

  @Test
  void decodesPanicCodes() {
    Bytes overflow = Bytes.fromHex("0x4e487b71" + "00".repeat(31) + "11");
    Bytes unknown = Bytes.fromHex("0x4e487b71" + "00".repeat(31) + "99");

    assertThat(RevertReason.message(overflow)).isEqualTo("execution reverted: arithmetic underflow or overflow");
    assertThat(RevertReason.message(unknown)).isEqualTo("execution reverted: unknown panic code: 0x99");
  }

  @Test
  void leavesCustomErrorsAndTruncatedDataUndecoded() {
    assertThat(RevertReason.message(Bytes.EMPTY)).isEqualTo("execution reverted");
    assertThat(RevertReason.message(Bytes.fromHex("0xdeadbeef01"))).isEqualTo("execution reverted");
    assertThat(RevertReason.message(ERROR.slice(0, ERROR.size() - 40))).isEqualTo("execution reverted");
  }

  @Test
  void carriesTheRevertBytesAsData() {
    RpcException reverted = RpcException.executionReverted(ERROR);

    assertThat(reverted.code()).isEqualTo(ErrorCode.EXECUTION_REVERTED);
    assertThat(reverted.data()).isEqualTo(ERROR);
  }
}
