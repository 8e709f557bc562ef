package io.converge.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.hash.Keccak256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every behaviour of the contract, run against each implementation. */
class Secp256k1Test {
  private static final HexFormat HEX = HexFormat.of();
  private static final BigInteger N = Secp256k1.CURVE_ORDER;

  static Stream<Secp256k1> implementations() {
    return Stream.concat(
        Stream.of(Secp256k1.bouncyCastle()), Secp256k1.nativeLibrary().stream());
  }

  /** Signatures from @noble/curves (RFC 6979, low s), over keccak256("converge message i"). */
  private static final String[][] NOBLE_VECTORS = {
    // key, hash, recovery id, r, s, public key
    {
      "f44461517ee6dba23628f8274df803c525898b6b8453101fa7943ab117b69596",
      "54462ac9f651039f4a401703db57df6560427413ce09deb0c9c52ffd8e785299",
      "1",
      "8b62b95b5322d0fcfe78ff1ce079e28f1a9123880c242d800887c10ffaf283f6",
      "3ded56b8a3d78baecb2218946aeb92f0a6bc1cf78a358a808c087470ee1a9314",
      "92677d7c5ef54b5bd5648412e07858d963e360b6dde1c5582fe087762152d93d"
          + "bff13d846b38a0537fd21fe8cff101945f71ac798a495c590e65c05698f3105e"
    },
    {
      "9eb282022c5da6b08f98f1a7781eb344321b43222ff411e94b2ab6f14b52ba93",
      "d7dc46437045aadde69192d875078629e9206b69e2a4b103e663e2df88030965",
      "1",
      "710b92963e2d48efb495627a7a48047ebca96a3c7ea66ed5f68d2226fea0bfae",
      "76934f2af1981676082fe41894662535fa40062fa94c063b7ef391303f6037ee",
      "3fc46545a8e940487c4fd9da4367b1cb628c3d4b085ee04499f7459c4b89d4c8"
          + "cd57142d7c5a3035f760445a3aea46d9b727a9588a371da08c7d9edd9fde9f86"
    },
    {
      "f28f562344f5463a977090b877a31af5052f50e0f352a8f40ac7ec03c302136a",
      "cbbd4056e194b4c6360608d13a45a5d9fc8a5d2e44c557f2b3cac41e8947bdfc",
      "0",
      "cbe75ae09815a37f2cbf22c48508db8a48b22372e877e566bc937467c1e108fe",
      "479cfa400802f7cebd10bc60e3cadeb0da3cb47b8c11e14a2a0acd9735557239",
      "74f53bbda3fbd2bbc4278bd30f2fe2e24656d52b86eb631f81636f579b8c1a38"
          + "ea16840d7cc6ab95c72a768f42b795dbcac6ccb451d7089da8d515f659475c8e"
    },
    {
      "66888970f3bb8e29be0fbfbf75e8d0c1b375bf74d695840f808c68701ca1fae4",
      "de4878d839f1ac0a833673e7bbbc89dd610d6695860a240cd466dfbb6d7ec62e",
      "0",
      "be340317e75134ac419764608889c9457c6dd1977b87083cd1a9a0f07c8124ed",
      "07c661a97c24eab2ab613f0de369e04a1612e7a3469a8bb7e90f560f99766985",
      "f1a0ee754bab0678b9f69ba7994f4d203003520edbe1fa1a7bf6bdf62a4d46fe"
          + "c6b6182801e1dace7d0d388a505b1ac6c9493f8f9e336df54f7a618e2c4d7120"
    },
  };

  @ParameterizedTest
  @MethodSource("implementations")
  void derivesTheGeneratorFromPrivateKeyOne(Secp256k1 curve) {
    assertThat(HEX.formatHex(curve.publicKey(scalar(BigInteger.ONE))))
        .isEqualTo(
            "79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void derivesWellKnownAddresses(Secp256k1 curve) {
    assertThat(address(curve, scalar(BigInteger.ONE)))
        .isEqualTo("7e5f4552091a69125d5dfcb7b8c2659029395bdf");
    // Hardhat's and Anvil's first development account
    assertThat(
            address(
                curve, HEX.parseHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")))
        .isEqualTo("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void signsExactlyAsAnIndependentImplementation(Secp256k1 curve) {
    for (String[] v : NOBLE_VECTORS) {
      byte[] key = HEX.parseHex(v[0]);
      byte[] hash = HEX.parseHex(v[1]);
      Signature expected =
          new Signature(new BigInteger(v[3], 16), new BigInteger(v[4], 16), Integer.parseInt(v[2]));

      assertThat(curve.sign(hash, key)).isEqualTo(expected);
      assertThat(HEX.formatHex(curve.publicKey(key))).isEqualTo(v[5]);
      assertThat(curve.recover(hash, expected)).hasValueSatisfying(
          pub -> assertThat(HEX.formatHex(pub)).isEqualTo(v[5]));
    }
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void signsTheEip155ExampleTransaction(Secp256k1 curve) {
    byte[] key = HEX.parseHex("4646464646464646464646464646464646464646464646464646464646464646");
    byte[] hash = HEX.parseHex("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");

    Signature sig = curve.sign(hash, key);

    // EIP-155 gives v = 37 on chain 1, that is recovery id 0.
    assertThat(sig)
        .isEqualTo(
            new Signature(
                new BigInteger(
                    "18515461264373351373200002665853028612451056578545711640558177340181847433846"),
                new BigInteger(
                    "46948507304638947509940763649030358759909902576025900602547168820602576006531"),
                0));
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void recoversTheSignerOfEverySignature(Secp256k1 curve) {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 40; i++) {
      byte[] key = randomKey(random);
      byte[] hash = randomBytes(random, 32);

      Signature sig = curve.sign(hash, key);

      assertThat(sig.hasLowS()).isTrue();
      assertThat(curve.recover(hash, sig)).hasValueSatisfying(
          pub -> assertThat(pub).isEqualTo(curve.publicKey(key)));
      assertThat(curve.verify(hash, sig, curve.publicKey(key))).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void rejectsSignatureOverAnotherHashOrByAnotherKey(Secp256k1 curve) {
    byte[] key = HEX.parseHex(NOBLE_VECTORS[0][0]);
    byte[] hash = HEX.parseHex(NOBLE_VECTORS[0][1]);
    Signature sig = curve.sign(hash, key);
    byte[] otherHash = hash.clone();
    otherHash[31] ^= 1;

    assertThat(curve.verify(otherHash, sig, curve.publicKey(key))).isFalse();
    assertThat(curve.verify(hash, sig, HEX.parseHex(NOBLE_VECTORS[1][5]))).isFalse();
    assertThat(curve.recover(otherHash, sig)).hasValueSatisfying(
        pub -> assertThat(pub).isNotEqualTo(curve.publicKey(key)));
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void acceptsTheHighSFormLikeEcrecover(Secp256k1 curve) {
    byte[] key = HEX.parseHex(NOBLE_VECTORS[2][0]);
    byte[] hash = HEX.parseHex(NOBLE_VECTORS[2][1]);
    Signature high = curve.sign(hash, key).withFlippedS();

    assertThat(high.hasLowS()).isFalse();
    assertThat(curve.recover(hash, high)).hasValueSatisfying(
        pub -> assertThat(pub).isEqualTo(curve.publicKey(key)));
    assertThat(curve.verify(hash, high, curve.publicKey(key))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void recoversGethsEcrecoverPrecompileExample(Secp256k1 curve) {
    byte[] hash = HEX.parseHex("38d18acb67d25c8bb9942764b62f18e17054f66a817bd4295423adf9ed98873e");
    Signature sig =
        new Signature(
            new BigInteger(1, hash),
            new BigInteger("789d1dd423d25f0772d2748d60f7e4b81bb14d086eba8e8e8efb6dcff8a4ae02", 16),
            0); // v = 27

    Optional<byte[]> pub = curve.recover(hash, sig);

    assertThat(pub).isPresent();
    assertThat(HEX.formatHex(Keccak256.hash(pub.get()), 12, 32))
        .isEqualTo("ceaccac640adf55b2028469bd36ba501f28b699d");
  }

  /** R.x = r + n exists only for r < p - n; keys from @noble/curves. */
  @ParameterizedTest
  @MethodSource("implementations")
  void recoversWithRecoveryIdsTwoAndThree(Secp256k1 curve) {
    byte[] hash = HEX.parseHex("acfe887d2f16a373d283a60e67fc808dd53dd55175725e3ab499aa694b637ece");
    BigInteger r = BigInteger.TWO;
    BigInteger s = new BigInteger("1234567890abcdef", 16);

    assertThat(curve.recover(hash, new Signature(r, s, 2)).map(HEX::formatHex))
        .hasValue(
            "0eacf961103ab309c82c9e32ece4b66fd047d4db1fe106673cc9b6a377a316de"
                + "6dfcdad8f95ae24cf70ba151a1388d0256df6b113474b5efde3a1a2c7f8ca165");
    assertThat(curve.recover(hash, new Signature(r, s, 3)).map(HEX::formatHex))
        .hasValue(
            "8cd315a5aae3d669205e4712536d91735e5dab186282507d23d41aa96cbc07eb"
                + "5ec947b7620c8073b62159745a58969d12ceacc62fe558843c98035701f6984b");
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void recoversNothingFromInvalidSignatures(Secp256k1 curve) {
    byte[] hash = HEX.parseHex(NOBLE_VECTORS[0][1]);
    BigInteger r = new BigInteger(NOBLE_VECTORS[0][3], 16);
    BigInteger s = new BigInteger(NOBLE_VECTORS[0][4], 16);

    assertThat(curve.recover(hash, new Signature(BigInteger.ZERO, s, 0))).isEmpty();
    assertThat(curve.recover(hash, new Signature(r, BigInteger.ZERO, 0))).isEmpty();
    assertThat(curve.recover(hash, new Signature(N, s, 0))).isEmpty();
    assertThat(curve.recover(hash, new Signature(r, N, 0))).isEmpty();
    // x = 5 is not the x-coordinate of any curve point (5^3 + 7 is a non-residue mod p).
    assertThat(curve.recover(hash, new Signature(BigInteger.valueOf(5), s, 0))).isEmpty();
    assertThat(curve.recover(hash, new Signature(BigInteger.valueOf(5), s, 1))).isEmpty();
    // r + n >= p: there is no R with x = r + n.
    assertThat(curve.recover(hash, new Signature(r, s, 2))).isEmpty();
    byte[] someKey = curve.publicKey(scalar(BigInteger.ONE));
    assertThat(curve.verify(hash, new Signature(r, BigInteger.ZERO, 1), someKey)).isFalse();
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void rejectsPublicKeysOffTheCurve(Secp256k1 curve) {
    byte[] key = HEX.parseHex(NOBLE_VECTORS[0][0]);
    byte[] hash = HEX.parseHex(NOBLE_VECTORS[0][1]);
    Signature sig = curve.sign(hash, key);
    byte[] offCurve = curve.publicKey(key);
    offCurve[63] ^= 1;
    byte[] beyondP = new byte[64];
    Arrays.fill(beyondP, (byte) 0xff);

    assertThat(curve.verify(hash, sig, offCurve)).isFalse();
    assertThat(curve.verify(hash, sig, beyondP)).isFalse();
    assertThat(curve.verify(hash, sig, new byte[64])).isFalse();
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void refusesPrivateKeysOutsideTheGroup(Secp256k1 curve) {
    byte[] hash = new byte[32];
    for (byte[] bad :
        new byte[][] {
          new byte[32], scalar(N), scalar(N.add(BigInteger.ONE)), filled(32, 0xff), new byte[31]
        }) {
      assertThatThrownBy(() -> curve.publicKey(bad)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> curve.sign(hash, bad)).isInstanceOf(IllegalArgumentException.class);
    }
    // n - 1 is the largest valid key
    assertThat(curve.publicKey(scalar(N.subtract(BigInteger.ONE)))).hasSize(64);
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void refusesArgumentsOfTheWrongLength(Secp256k1 curve) {
    Signature sig = new Signature(BigInteger.ONE, BigInteger.ONE, 0);
    byte[] key = scalar(BigInteger.TEN);
    assertThatThrownBy(() -> curve.sign(new byte[31], key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hash must be 32 bytes, got 31");
    assertThatThrownBy(() -> curve.recover(new byte[33], sig))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> curve.verify(new byte[32], sig, new byte[65]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("public key must be 64 bytes, got 65");
  }

  @ParameterizedTest
  @MethodSource("implementations")
  void leavesCallerArraysUnchanged(Secp256k1 curve) {
    byte[] key = HEX.parseHex(NOBLE_VECTORS[1][0]);
    byte[] hash = HEX.parseHex(NOBLE_VECTORS[1][1]);
    Signature sig = curve.sign(hash, key);
    byte[] pub = curve.publicKey(key);
    curve.recover(hash, sig);
    curve.verify(hash, sig, pub);

    assertThat(key).isEqualTo(HEX.parseHex(NOBLE_VECTORS[1][0]));
    assertThat(hash).isEqualTo(HEX.parseHex(NOBLE_VECTORS[1][1]));
    assertThat(HEX.formatHex(pub)).isEqualTo(NOBLE_VECTORS[1][5]);
  }

  static byte[] scalar(BigInteger value) {
    byte[] out = new byte[32];
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 32 ? 1 : 0;
    System.arraycopy(bytes, skip, out, 32 - (bytes.length - skip), bytes.length - skip);
    return out;
  }

  static byte[] randomKey(SplittableRandom random) {
    while (true) {
      byte[] key = randomBytes(random, 32);
      BigInteger d = new BigInteger(1, key);
      if (d.signum() > 0 && d.compareTo(N) < 0) {
        return key;
      }
    }
  }

  static byte[] randomBytes(SplittableRandom random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }

  private static byte[] filled(int length, int value) {
    byte[] out = new byte[length];
    Arrays.fill(out, (byte) value);
    return out;
  }

  private static String address(Secp256k1 curve, byte[] key) {
    return HEX.formatHex(Keccak256.hash(curve.publicKey(key)), 12, 32);
  }
}
