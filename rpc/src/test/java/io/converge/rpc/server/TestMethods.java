package io.converge.rpc.server;

import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.Namespace;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.ParamType;
import io.converge.rpc.param.Quantity;
import io.converge.types.Bytes;
import java.math.BigInteger;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@code test} namespace whose methods exercise each path of the framework. */
final class TestMethods {
  final AtomicInteger calls = new AtomicInteger();
  /** {@code test_wait} counts this down on entry, then waits for {@link #release}. */
  final CountDownLatch entered = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);

  Namespace namespace() {
    return Namespace.of("test",
        RpcMethod.of("test_count", request -> {
          request.params().expectAtMost(0);
          return Quantity.of(calls.incrementAndGet());
        }),
        RpcMethod.of("test_double", request -> {
          BigInteger n = request.params().expectAtMost(1).required(0, ParamType.QUANTITY);
          return new Quantity(n.shiftLeft(1));
        }),
        RpcMethod.of("test_block", request -> {
          BlockParameter block = request.params().expectAtMost(1).required(0, ParamType.BLOCK);
          return block.toString();
        }),
        RpcMethod.of("test_crash", request -> {
          throw new IllegalStateException("internal detail that must not leak");
        }),
        RpcMethod.of("test_revert", request -> {
          throw RpcException.executionReverted(errorString("not enough funds"));
        }),
        RpcMethod.of("test_null", request -> null),
        RpcMethod.of("test_wait", request -> {
          entered.countDown();
          try {
            return release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RpcException.serverError("interrupted");
          }
        }));
  }

  /** ABI encoding of {@code Error(string)}. */
  static Bytes errorString(String reason) {
    byte[] text = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int padded = (text.length + 31) / 32 * 32;
    byte[] out = new byte[4 + 32 + 32 + padded];
    out[0] = 0x08;
    out[1] = (byte) 0xc3;
    out[2] = 0x79;
    out[3] = (byte) 0xa0;
    out[4 + 31] = 0x20;
    out[4 + 32 + 31] = (byte) text.length;
    System.arraycopy(text, 0, out, 4 + 64, text.length);
    return Bytes.wrap(out);
  }
}
