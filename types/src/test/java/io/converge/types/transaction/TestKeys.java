package io.converge.types.transaction;

import io.converge.types.Address;
import io.converge.types.Hex;

/** Keys with publicly known addresses. */
final class TestKeys {
  /** The EIP-155 example key, 0x46 repeated. */
  static final byte[] EIP155_KEY = Hex.decode("0x" + "46".repeat(32));
  static final Address EIP155_ADDRESS = Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

  /** The private key 1: its address is well known. */
  static final byte[] KEY_ONE = Hex.decode("0x" + "00".repeat(31) + "01");
  static final Address KEY_ONE_ADDRESS = Address.fromHex("0x7e5f4552091a69125d5dfcb7b8c2659029395bdf");

  private TestKeys() {}
}
