package io.converge.evm;

import io.converge.crypto.hash.Keccak256;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;

/** Where CREATE and CREATE2 put new contracts. */
public final class ContractAddress {
  private ContractAddress() {}

  /** CREATE and creation transactions: keccak256(rlp([sender, nonce]))[12:], with the sender's nonce before the bump. */
  public static Address forCreate(Address sender, long nonce) {
    byte[] rlp = new RlpWriter().startList().writeBytes(sender.unsafeArray()).writeLong(nonce).endList().toByteArray();
    return Address.fromLow20(Keccak256.hash(rlp));
  }

  /** EIP-1014 CREATE2: keccak256(0xff ++ sender ++ salt ++ keccak256(initCode))[12:]. */
  public static Address forCreate2(Address sender, Hash salt, Bytes initCode) {
    byte[] codeHash = Keccak256.hash(initCode.unsafeArray());
    return forCreate2(sender, salt.unsafeArray(), codeHash);
  }

  /** CREATE2 from the salt and the init code's hash, as 32-byte arrays. */
  public static Address forCreate2(Address sender, byte[] salt32, byte[] initCodeHash) {
    if (salt32.length != 32 || initCodeHash.length != 32) {
      throw new IllegalArgumentException("salt and init code hash must be 32 bytes");
    }
    byte[] preimage = new byte[1 + Address.SIZE + 32 + 32];
    preimage[0] = (byte) 0xff;
    System.arraycopy(sender.unsafeArray(), 0, preimage, 1, Address.SIZE);
    System.arraycopy(salt32, 0, preimage, 1 + Address.SIZE, 32);
    System.arraycopy(initCodeHash, 0, preimage, 1 + Address.SIZE + 32, 32);
    return Address.fromLow20(Keccak256.hash(preimage));
  }
}
