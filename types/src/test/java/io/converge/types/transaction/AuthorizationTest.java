package io.converge.types.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.Address;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AuthorizationTest {
  private static final Address DELEGATE = Address.fromHex("0x2222222222222222222222222222222222222222");

  @Test
  void signingHashIsKeccakOfMagicAndTuple() {
    Authorization auth = new Authorization(UInt256.of(1), DELEGATE, 3, 0, BigInteger.ONE, BigInteger.ONE);

    // keccak256(0x05 || rlp([1, 0x2222..22, 3])), computed independently.
    assertThat(auth.signingHash())
        .isEqualTo(Hash.fromHex("0x9fad97158417fb2f642e0e8d3084fa9d92daaefce78ce7d3d1dd123525da5999"));
  }

  @Test
  void recoversTheAuthorityThatSigned() {
    Authorization auth = Authorization.sign(UInt256.of(1), DELEGATE, 3, TestKeys.EIP155_KEY, Secp256k1.best());

    assertThat(auth.authority()).contains(TestKeys.EIP155_ADDRESS);
    assertThat(auth.authority(Secp256k1.bouncyCastle())).contains(TestKeys.EIP155_ADDRESS);
  }

  @Test
  void highSHasNoAuthority() {
    Authorization auth = Authorization.sign(UInt256.of(1), DELEGATE, 3, TestKeys.EIP155_KEY, Secp256k1.best());
    Authorization flipped = new Authorization(auth.chainId(), auth.address(), auth.nonce(), auth.yParity() ^ 1,
        auth.r(), Secp256k1.CURVE_ORDER.subtract(auth.s()));

    assertThat(flipped.authority()).isEmpty();
  }

  @Test
  void yParityAboveOneHasNoAuthority() {
    Authorization auth = Authorization.sign(UInt256.of(1), DELEGATE, 3, TestKeys.EIP155_KEY, Secp256k1.best());
    Authorization odd = new Authorization(auth.chainId(), auth.address(), auth.nonce(), 27, auth.r(), auth.s());

    assertThat(odd.authority()).isEmpty();
  }

  @Test
  void zeroSignatureHasNoAuthority() {
    Authorization auth = new Authorization(UInt256.ZERO, DELEGATE, 0, 0, BigInteger.ZERO, BigInteger.ZERO);

    assertThat(auth.authority()).isEmpty();
  }
}
