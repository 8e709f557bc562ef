package io.converge.evm;

import io.converge.types.Address;
import io.converge.types.Bytes;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** A tiny assembler for test programs: pushes pick the shortest PUSH, operations are raw opcodes. */
public final class Bytecode {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public static Bytecode code() {
    return new Bytecode();
  }

  public Bytecode push(long value) {
    return push(BigInteger.valueOf(value));
  }

  public Bytecode push(BigInteger value) {
    if (value.signum() < 0) {
      value = value.add(BigInteger.ONE.shiftLeft(256));
    }
    byte[] raw = value.toByteArray();
    int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    int length = Math.max(1, raw.length - start);
    out.write(0x5f + length);
    if (raw.length - start == 0) {
      out.write(0);
    } else {
      out.write(raw, start, length);
    }
    return this;
  }

  public Bytecode push(Address address) {
    out.write(0x73);
    out.writeBytes(address.toArray());
    return this;
  }

  public Bytecode pushBytes(byte[] bytes) {
    out.write(0x5f + bytes.length);
    out.writeBytes(bytes);
    return this;
  }

  public Bytecode op(int... opcodes) {
    for (int opcode : opcodes) {
      out.write(opcode);
    }
    return this;
  }

  public Bytecode raw(String hex) {
    out.writeBytes(Bytes.fromHex(hex).toArray());
    return this;
  }

  /** MSTORE the top of the stack at 0 and RETURN those 32 bytes. */
  public Bytecode returnTop() {
    return push(0).op(0x52).push(32).push(0).op(0xf3);
  }

  /** Stores the top of the stack in slot {@code slot}. */
  public Bytecode storeTop(long slot) {
    return push(slot).op(0x55);
  }

  public int size() {
    return out.size();
  }

  public byte[] toArray() {
    return out.toByteArray();
  }

  public Bytes toBytes() {
    return Bytes.wrap(out.toByteArray());
  }
}
