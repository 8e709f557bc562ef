package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.evm.tracing.OperationTrace;
import io.converge.evm.tracing.StandardJsonTracer;
import io.converge.evm.tracing.Tracer;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TracerTest {
  private static final class Recorder implements Tracer {
    final List<OperationTrace> steps = new ArrayList<>();
    final List<String> frameEnds = new ArrayList<>();

    @Override
    public void onOperation(OperationTrace trace) {
      steps.add(trace);
    }

    @Override
    public void onFrameEnd(int depth, FrameOutcome outcome) {
      frameEnds.add(depth + ":" + outcome);
    }
  }

  @Test
  void reportsEachOperationWithItsStateBeforeAndItsCost() {
    Recorder recorder = new Recorder();
    Harness harness = Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(1).push(992).op(0x52).op(0x00));
    harness.call(Bytes.EMPTY, Wei.ZERO, 10_000, List.of(), recorder);
    assertThat(recorder.steps).extracting(OperationTrace::opName).containsExactly("PUSH1", "PUSH2", "MSTORE", "STOP");
    assertThat(recorder.steps).extracting(OperationTrace::gasCost).containsExactly(3L, 3L, 3L + 98, 0L);
    assertThat(recorder.steps).extracting(OperationTrace::gas).containsExactly(10_000L, 9_997L, 9_994L, 9_893L);
    assertThat(recorder.steps.get(2).stack()).containsExactly(UInt256.of(1), UInt256.of(992));
    assertThat(recorder.steps.get(3).memorySize()).isEqualTo(1024);
    assertThat(recorder.frameEnds).containsExactly("1:SUCCESS");
  }

  @Test
  void reportsTheHaltingOperationWithItsReason() {
    Recorder recorder = new Recorder();
    Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(1).op(0x01))
        .call(Bytes.EMPTY, Wei.ZERO, 10_000, List.of(), recorder);
    OperationTrace last = recorder.steps.get(recorder.steps.size() - 1);
    assertThat(last.opName()).isEqualTo("ADD");
    assertThat(last.error()).contains(HaltReason.STACK_UNDERFLOW);
    assertThat(recorder.frameEnds).containsExactly("1:EXCEPTIONAL_HALT");
  }

  @Test
  void tracesChildFramesInOrderWithTheirDepth() {
    Address callee = Address.fromHex("0x00000000000000000000000000000000000ca11e");
    Recorder recorder = new Recorder();
    Harness harness = Harness.on(Fork.CANCUN).deploy(callee, Bytecode.code().op(0x00));
    harness.withCode(Bytecode.code().push(0).push(0).push(0).push(0).push(callee).push(5000).op(0xfa).op(0x00))
        .call(Bytes.EMPTY, Wei.ZERO, 100_000, List.of(), recorder);
    assertThat(recorder.steps).extracting(t -> t.opName() + "@" + t.depth())
        .containsExactly("PUSH1@1", "PUSH1@1", "PUSH1@1", "PUSH1@1", "PUSH20@1", "PUSH2@1", "STATICCALL@1", "STOP@2",
            "STOP@1");
    // STATICCALL's cost includes the gas handed to the child: 100 warm? no, cold 2600, plus 5000.
    assertThat(recorder.steps.get(6).gasCost()).isEqualTo(2600 + 5000);
    assertThat(recorder.frameEnds).containsExactly("2:SUCCESS", "1:SUCCESS");
  }

  @Test
  void writesEip3155JsonLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Harness.on(Fork.CANCUN).withCode(Bytecode.code().push(2).op(0x00))
        .call(Bytes.EMPTY, Wei.ZERO, 10_000, List.of(), new StandardJsonTracer(new PrintStream(out)));
    assertThat(out.toString().lines()).containsExactly(
        "{\"pc\":0,\"op\":96,\"gas\":\"0x2710\",\"gasCost\":\"0x3\",\"memSize\":0,\"stack\":[],\"depth\":1,"
            + "\"refund\":0,\"opName\":\"PUSH1\"}",
        "{\"pc\":2,\"op\":0,\"gas\":\"0x270d\",\"gasCost\":\"0x0\",\"memSize\":0,\"stack\":[\"0x2\"],\"depth\":1,"
            + "\"refund\":0,\"opName\":\"STOP\"}");
  }
}
