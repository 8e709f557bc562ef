package io.converge.evm.operation;

import io.converge.evm.HaltReason;
import io.converge.evm.LogEntry;
import io.converge.evm.frame.Frame;
import io.converge.evm.frame.Memory;
import io.converge.evm.gas.GasSchedule;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.List;

/** LOG0..LOG4. */
final class LogOperations {
  private LogOperations() {}

  static int log(Frame f, int topicCount) {
    // stack
    long[] s = f.stack;
    int top = (f.sp - 1) << 2;
    long offset = Memory.clamp(s, top);
    long length = Memory.clamp(s, top - 4);
    List<Hash> topics = new ArrayList<>(topicCount);
    for (int i = 0; i < topicCount; i++) {
      topics.add(StackValues.toHash(s, top - 8 - 4 * i));
    }
    f.sp -= 2 + topicCount;
    // gas: the table charged the base and topics; data and memory remain
    long expansion = f.memory.expansionCost(offset, length);
    if (expansion == Long.MAX_VALUE || !f.charge(expansion + GasSchedule.LOG_DATA_BYTE * length)) {
      return f.halt(HaltReason.OUT_OF_GAS);
    }
    if (f.isStatic) {
      return f.halt(HaltReason.STATIC_STATE_CHANGE);
    }
    // operation
    f.memory.expand(offset, length);
    f.context.substate.addLog(new LogEntry(f.address, topics, Bytes.wrap(f.memory.read(offset, length))));
    // pc
    f.pc++;
    return Frame.CONTINUE;
  }
}
