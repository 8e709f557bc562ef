package io.converge.state;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.trie.SecureTrie;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import java.math.BigInteger;

/** How storage slots sit in a storage trie: keyed by keccak(32-byte slot), valued by RLP of the minimal value bytes. */
final class StorageSlots {
  private StorageSlots() {}

  static Hash trieKey(UInt256 slot) {
    return SecureTrie.hashKey(Bytes.wrap(toWord(slot.value())));
  }

  static Bytes encodeValue(UInt256 value) {
    return Bytes.wrap(new RlpWriter(33).writeBigInteger(value.value()).toByteArray());
  }

  static UInt256 decodeValue(Bytes rlp) {
    try {
      RlpReader r = new RlpReader(rlp.unsafeArray());
      BigInteger v = r.readUInt256();
      r.finish();
      return new UInt256(v);
    } catch (RlpException e) {
      throw new CorruptStateException("malformed storage value: " + e.getMessage(), e);
    }
  }

  /** The 32-byte big-endian form of a value below 2^256. */
  static byte[] toWord(BigInteger v) {
    byte[] twos = v.toByteArray();
    byte[] out = new byte[32];
    int len = Math.min(twos.length, 32);
    System.arraycopy(twos, twos.length - len, out, 32 - len, len);
    return out;
  }
}
