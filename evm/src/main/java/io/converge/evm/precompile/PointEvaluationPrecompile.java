package io.converge.evm.precompile;

import ethereum.ckzg4844.CKZG4844JNI;
import io.converge.crypto.hash.Sha256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/**
 * 0x0a POINT_EVALUATION (EIP-4844, Cancun): verifies a KZG proof that the blob committed to by {@code commitment} (and
 * named by {@code versioned_hash}) evaluates to {@code y} at {@code z}. Input exactly 192 bytes: versioned_hash (32),
 * z (32), y (32), commitment (48), proof (48). Returns FIELD_ELEMENTS_PER_BLOB and BLS_MODULUS as two 32-byte words.
 */
final class PointEvaluationPrecompile implements PrecompiledContract {
  static final long GAS = 50_000;
  static final int INPUT_SIZE = 192;
  static final byte VERSIONED_HASH_VERSION_KZG = 0x01;
  static final BigInteger FIELD_ELEMENTS_PER_BLOB = BigInteger.valueOf(4096);
  static final BigInteger BLS_MODULUS =
      new BigInteger("52435875175126190479447740508185965837690552500527637822603658699938581184513");

  private static final byte[] RETURN_VALUE = returnValue();

  @Override
  public long gasCost(byte[] input) {
    return GAS;
  }

  @Override
  public PrecompileResult compute(byte[] input) {
    if (input.length != INPUT_SIZE) {
      return PrecompileResult.failure("point evaluation input must be " + INPUT_SIZE + " bytes, got " + input.length);
    }
    byte[] versionedHash = Arrays.copyOfRange(input, 0, 32);
    byte[] z = Arrays.copyOfRange(input, 32, 64);
    byte[] y = Arrays.copyOfRange(input, 64, 96);
    byte[] commitment = Arrays.copyOfRange(input, 96, 144);
    byte[] proof = Arrays.copyOfRange(input, 144, 192);
    if (!Arrays.equals(versionedHash(commitment), versionedHash)) {
      return PrecompileResult.failure("versioned hash does not match the commitment");
    }
    Optional<String> setupProblem = KzgTrustedSetup.problem();
    if (setupProblem.isPresent()) {
      return PrecompileResult.failure(setupProblem.get());
    }
    boolean valid;
    try {
      valid = CKZG4844JNI.verifyKzgProof(commitment, z, y, proof);
    } catch (RuntimeException e) {
      // c-kzg rejects non-canonical field elements and invalid points by throwing.
      return PrecompileResult.failure("invalid point evaluation input: " + e.getMessage());
    }
    if (!valid) {
      return PrecompileResult.failure("KZG proof does not verify");
    }
    return PrecompileResult.success(RETURN_VALUE.clone());
  }

  /** 0x01 followed by the last 31 bytes of sha256(commitment). */
  static byte[] versionedHash(byte[] commitment) {
    byte[] hash = Sha256.hash(commitment);
    hash[0] = VERSIONED_HASH_VERSION_KZG;
    return hash;
  }

  private static byte[] returnValue() {
    byte[] out = new byte[64];
    System.arraycopy(Input.unsigned(FIELD_ELEMENTS_PER_BLOB, 32), 0, out, 0, 32);
    System.arraycopy(Input.unsigned(BLS_MODULUS, 32), 0, out, 32, 32);
    return out;
  }
}
