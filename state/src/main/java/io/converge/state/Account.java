package io.converge.state;

import io.converge.evm.world.World;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.trie.Trie;
import io.converge.types.Hash;
import io.converge.types.Wei;
import java.util.Objects;

/**
 * An account as the state trie stores it: {@code rlp([nonce, balance, storageRoot, codeHash])}. The nonce is an unsigned
 * 64-bit value held in a {@code long}.
 */
public record Account(long nonce, Wei balance, Hash storageRoot, Hash codeHash) {
  /** The account that absent addresses read as. */
  public static final Account EMPTY = new Account(0, Wei.ZERO, Trie.EMPTY_ROOT, World.EMPTY_CODE_HASH);

  public Account {
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(storageRoot, "storageRoot");
    Objects.requireNonNull(codeHash, "codeHash");
  }

  public byte[] encode() {
    return new RlpWriter(80)
        .startList()
        .writeLong(nonce)
        .writeBigInteger(balance.value())
        .writeBytes(storageRoot.unsafeArray())
        .writeBytes(codeHash.unsafeArray())
        .endList()
        .toByteArray();
  }

  /** Decodes a state-trie leaf; a malformed one means the database is corrupt. */
  public static Account decode(byte[] rlp) {
    try {
      RlpReader r = new RlpReader(rlp);
      r.enterList();
      long nonce = r.readLong();
      Wei balance = new Wei(r.readUInt256());
      Hash storageRoot = Hash.fromRlp(r);
      Hash codeHash = Hash.fromRlp(r);
      r.leaveList();
      r.finish();
      return new Account(nonce, balance, storageRoot, codeHash);
    } catch (RlpException e) {
      throw new CorruptStateException("malformed account in the state trie: " + e.getMessage(), e);
    }
  }
}
