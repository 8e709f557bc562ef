package io.converge.evm.tracing;

import io.converge.types.UInt256;
import java.io.PrintStream;

/** Writes one EIP-3155 JSON line per operation, in the field order geth's {@code --json} tracer uses. */
public final class StandardJsonTracer implements Tracer {
  private final PrintStream out;

  public StandardJsonTracer(PrintStream out) {
    this.out = out;
  }

  @Override
  public void onOperation(OperationTrace t) {
    StringBuilder line = new StringBuilder(128);
    line.append("{\"pc\":").append(t.pc())
        .append(",\"op\":").append(t.opcode())
        .append(",\"gas\":\"0x").append(Long.toHexString(t.gas()))
        .append("\",\"gasCost\":\"0x").append(Long.toHexString(t.gasCost()))
        .append("\",\"memSize\":").append(t.memorySize())
        .append(",\"stack\":[");
    for (int i = 0; i < t.stack().size(); i++) {
      UInt256 v = t.stack().get(i);
      line.append(i == 0 ? "\"0x" : ",\"0x").append(v.value().toString(16)).append('"');
    }
    line.append("],\"depth\":").append(t.depth())
        .append(",\"refund\":").append(t.refund())
        .append(",\"opName\":\"").append(t.opName()).append('"');
    t.error().ifPresent(e -> line.append(",\"error\":\"").append(e).append('"'));
    line.append('}');
    out.println(line);
  }
}
