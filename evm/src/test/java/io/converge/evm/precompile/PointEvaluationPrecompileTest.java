package io.converge.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import ethereum.ckzg4844.CKZG4844JNI;
import ethereum.ckzg4844.ProofAndY;
import io.converge.crypto.hash.Sha256;
import io.converge.types.Fork;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PointEvaluationPrecompileTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final PrecompiledContract POINT_EVALUATION =
      Precompiles.forFork(Fork.CANCUN).get(Precompiles.POINT_EVALUATION).orElseThrow();
  /** Client conformance vector (mainnet setup): a valid proof for a commitment and its versioned hash. */
  private static final byte[] VALID = HEX.parseHex(
      "01e798154708fe7789429634053cbf9f99b619f9f084048927333fce637f549b" // versioned hash
          + "564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306" // z
          + "24d25032e67a7e6a4910df5834b8fe70e6bcfeeac0352434196bdf4b2485d5a1" // y
          + "8f59a8d2a1a625a17f3fea0fe5eb8c896db3764f3185481bc22f91b4aaffcca25f26936857bc3a7c2539ea8ec3a952b7" // commitment
          + "873033e038326e87ed3e1276fd140253fa08e9fc25fb2d9a98527fc22a2c9612fbeafdad446cbc7bcdbdcd780af2c16a" // proof
  );
  private static final String RETURN_VALUE = "0000000000000000000000000000000000000000000000000000000000001000"
      + "73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001";

  @BeforeAll
  static void setupLoads() {
    assertThat(KzgTrustedSetup.problem()).as("trusted setup").isEmpty();
  }

  @Test
  void verifiesAValidProofAndReturnsBlobConstants() {
    PrecompileResult result = POINT_EVALUATION.compute(VALID);
    assertThat(HEX.formatHex(((PrecompileResult.Success) result).output())).isEqualTo(RETURN_VALUE);
    assertThat(POINT_EVALUATION.gasCost(VALID)).isEqualTo(50_000);
  }

  @Test
  void returnsTheFieldElementCountAndModulusOfTheLibrary() {
    assertThat(PointEvaluationPrecompile.FIELD_ELEMENTS_PER_BLOB.intValue()).isEqualTo(CKZG4844JNI.FIELD_ELEMENTS_PER_BLOB);
    assertThat(PointEvaluationPrecompile.BLS_MODULUS).isEqualTo(CKZG4844JNI.BLS_MODULUS);
  }

  @Test
  void failsWhenTheVersionedHashDoesNotMatchTheCommitment() {
    byte[] wrongVersion = VALID.clone();
    wrongVersion[0] = 0x02;
    assertThat(POINT_EVALUATION.compute(wrongVersion)).isInstanceOf(PrecompileResult.Failure.class);
    byte[] wrongHash = VALID.clone();
    wrongHash[31] ^= 1;
    assertThat(POINT_EVALUATION.compute(wrongHash)).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void failsWhenTheClaimedValueIsWrong() {
    byte[] wrongY = VALID.clone();
    wrongY[95] ^= 1;
    assertThat(POINT_EVALUATION.compute(wrongY)).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void failsOnNonCanonicalFieldElements() {
    byte[] bigZ = VALID.clone();
    System.arraycopy(Input.unsigned(PointEvaluationPrecompile.BLS_MODULUS, 32), 0, bigZ, 32, 32);
    assertThat(POINT_EVALUATION.compute(bigZ)).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void failsOnAnyLengthButExactly192() {
    assertThat(POINT_EVALUATION.compute(Arrays.copyOf(VALID, 191))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(POINT_EVALUATION.compute(Arrays.copyOf(VALID, 193))).isInstanceOf(PrecompileResult.Failure.class);
    assertThat(POINT_EVALUATION.compute(new byte[0])).isInstanceOf(PrecompileResult.Failure.class);
  }

  @Test
  void acceptsProofsMadeForRandomBlobsAndRejectsThemForOtherPoints() {
    Random random = new Random(4844);
    byte[] blob = new byte[CKZG4844JNI.BYTES_PER_BLOB];
    random.nextBytes(blob);
    for (int i = 0; i < blob.length; i += 32) {
      blob[i] = 0; // keep every field element below the BLS modulus
    }
    byte[] commitment = CKZG4844JNI.blobToKzgCommitment(blob);
    for (int round = 0; round < 3; round++) {
      byte[] z = new byte[32];
      random.nextBytes(z);
      z[0] = 0;
      ProofAndY proof = CKZG4844JNI.computeKzgProof(blob, z);
      byte[] input = input(commitment, z, proof.getY(), proof.getProof());
      assertThat(POINT_EVALUATION.compute(input)).isInstanceOf(PrecompileResult.Success.class);
      byte[] otherZ = z.clone();
      otherZ[31] ^= 1;
      assertThat(POINT_EVALUATION.compute(input(commitment, otherZ, proof.getY(), proof.getProof())))
          .isInstanceOf(PrecompileResult.Failure.class);
    }
  }

  @Test
  void versionedHashIsVersionByteAndTheTailOfSha256() {
    byte[] commitment = Arrays.copyOfRange(VALID, 96, 144);
    byte[] hash = PointEvaluationPrecompile.versionedHash(commitment);
    assertThat(hash[0]).isEqualTo((byte) 0x01);
    assertThat(Arrays.copyOfRange(hash, 1, 32)).isEqualTo(Arrays.copyOfRange(Sha256.hash(commitment), 1, 32));
    assertThat(hash).isEqualTo(Arrays.copyOfRange(VALID, 0, 32));
    assertThat(new BigInteger(1, hash)).isPositive();
  }

  @Test
  void existsFromCancunOnly() {
    assertThat(Precompiles.forFork(Fork.SHANGHAI).contains(Precompiles.POINT_EVALUATION)).isFalse();
  }

  private static byte[] input(byte[] commitment, byte[] z, byte[] y, byte[] proof) {
    byte[] in = new byte[192];
    System.arraycopy(PointEvaluationPrecompile.versionedHash(commitment), 0, in, 0, 32);
    System.arraycopy(z, 0, in, 32, 32);
    System.arraycopy(y, 0, in, 64, 32);
    System.arraycopy(commitment, 0, in, 96, 48);
    System.arraycopy(proof, 0, in, 144, 48);
    return in;
  }
}
