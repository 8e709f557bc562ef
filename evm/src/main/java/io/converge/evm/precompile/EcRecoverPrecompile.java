package io.converge.evm.precompile;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * 0x01 ECRECOVER: the address that signed a hash. Input (padded or cut to 128 bytes): hash, v, r, s as 32-byte words.
 * An invalid signature is not an error: the call succeeds with empty output.
 */
final class EcRecoverPrecompile implements PrecompiledContract {
  static final long GAS = 3000;
  private static final byte[] EMPTY = new byte[0];

  private final Secp256k1 secp256k1;

  EcRecoverPrecompile(Secp256k1 secp256k1) {
    this.secp256k1 = secp256k1;
  }

  @Override
  public long gasCost(byte[] input) {
    return GAS;
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    byte[] in = Input.padded(input, 128);
    byte[] hash = Arrays.copyOfRange(in, 0, 32);
    // v is a whole word: 27 or 28 with the 31 high bytes zero; anything else recovers nothing.
    BigInteger v = new BigInteger(1, Arrays.copyOfRange(in, 32, 64));
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(in, 64, 96));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(in, 96, 128));
    if (!v.equals(BigInteger.valueOf(27)) && !v.equals(BigInteger.valueOf(28))) {
      return PrecompileResult.success(EMPTY);
    }
    Signature signature = new Signature(r, s, v.intValue() - 27);
    if (!signature.scalarsInRange()) {
      return PrecompileResult.success(EMPTY);
    }
    Optional<byte[]> publicKey = secp256k1.recover(hash, signature);
    if (publicKey.isEmpty()) {
      return PrecompileResult.success(EMPTY);
    }
    byte[] out = new byte[32];
    byte[] digest = Keccak256.hash(publicKey.get());
    System.arraycopy(digest, 12, out, 12, 20);
    return PrecompileResult.success(out);
  }
}
