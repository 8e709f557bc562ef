package io.converge.rpc.subscription;

/** A listener's hold on a source; closing it stops delivery. Closing twice is harmless. */
@FunctionalInterface
public interface Registration extends AutoCloseable {
  @Override
  void close();
}
