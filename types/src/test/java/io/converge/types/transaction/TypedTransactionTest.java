package io.converge.types.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact encodings and hashes of each typed transaction. The expected bytes were computed with an independent RLP
 * encoder and Keccak implementation, not with this code.
 */
class TypedTransactionTest {
  private static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");
  private static final AccessList ACCESS_LIST = AccessList.of(new AccessList.Entry(
      Address.fromHex("0x1111111111111111111111111111111111111111"),
      List.of(Hash.fromHex("0x" + "01".repeat(32)), Hash.fromHex("0x" + "02".repeat(32)))));
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000L);

  private static Signature sig(int parity) {
    return new Signature(BigInteger.valueOf(0x1234), BigInteger.valueOf(0x5678), parity);
  }

  @Test
  void encodesAccessListTransaction() throws DecodingException {
    AccessListTransaction tx = new AccessListTransaction(ChainId.MAINNET, 7, new Wei(GWEI), 50_000, Optional.of(TO),
        new Wei(BigInteger.TEN.pow(18)), Bytes.fromHex("0xdeadbeef"), ACCESS_LIST, sig(1));

    assertEncoding(tx,
        "0x01f8910107843b9aca0082c350943535353535353535353535353535353535353535880de0b6b3a764000084deadbeeff85bf85994"
            + "1111111111111111111111111111111111111111f842a0" + "01".repeat(32) + "a0" + "02".repeat(32)
            + "01821234825678",
        "0xf3a18ae5754bcd289701f65f89c8da3db08ea8650ffcf2d7079f6450ac57b151",
        "0x4e7322019cc56ea35826c240da6d64e152d5edeb1078dff963fd24b124a6b213");
  }

  @Test
  void encodesDynamicFeeContractCreation() throws DecodingException {
    DynamicFeeTransaction tx = new DynamicFeeTransaction(ChainId.MAINNET, 7, new Wei(GWEI.multiply(BigInteger.TWO)),
        new Wei(GWEI.multiply(BigInteger.valueOf(3))), 50_000, Optional.empty(), Wei.ZERO, Bytes.fromHex("0x6000"),
        ACCESS_LIST, sig(0));

    assertEncoding(tx,
        "0x02f8780107847735940084b2d05e0082c3508080826000f85bf859941111111111111111111111111111111111111111f842a0"
            + "01".repeat(32) + "a0" + "02".repeat(32) + "80821234825678",
        "0x50a2bb16694831a04a0ddc91d305f9810fce55e0e74841f35d28860642c26a93",
        "0xd4942b386ad8134a356bf2cf75cc4bce2bba50e4e34f86b74eedd55289e51820");
    assertThat(tx.isContractCreation()).isTrue();
  }

  @Test
  void encodesBlobTransactionInCanonicalForm() throws DecodingException {
    List<Hash> hashes = List.of(Hash.fromHex("0x01" + "aa".repeat(31)), Hash.fromHex("0x01" + "bb".repeat(31)));
    BlobTransaction tx = new BlobTransaction(ChainId.MAINNET, 7, new Wei(GWEI.multiply(BigInteger.TWO)),
        new Wei(GWEI.multiply(BigInteger.valueOf(3))), 50_000, TO, Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY, Wei.of(5),
        hashes, sig(1));

    assertEncoding(tx,
        "0x03f8730107847735940084b2d05e0082c3509435353535353535353535353535353535353535358080c005f842a001"
            + "aa".repeat(31) + "a001" + "bb".repeat(31) + "01821234825678",
        "0x1b7720e08e2efcbf425f3b7484393f9b3f1077997403219ab094c1d1bd6b8619",
        "0xfc00319bb954258e16e036e0260dce33e246493030e3a4fff92e7e4f2e651ced");
    assertThat(tx.blobGas()).isEqualTo(2 * 131_072);
  }

  @Test
  void encodesSetCodeTransactionWithAuthorizationList() throws DecodingException {
    Authorization auth = new Authorization(UInt256.of(1), Address.fromHex("0x2222222222222222222222222222222222222222"),
        3, 1, BigInteger.valueOf(0x1234), BigInteger.valueOf(0x5678));
    SetCodeTransaction tx = new SetCodeTransaction(ChainId.MAINNET, 7, new Wei(GWEI.multiply(BigInteger.TWO)),
        new Wei(GWEI.multiply(BigInteger.valueOf(3))), 80_000, TO, Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY,
        List.of(auth), sig(0));

    assertEncoding(tx,
        "0x04f84f0107847735940084b2d05e00830138809435353535353535353535353535353535353535358080c0dfde0194"
            + "2222222222222222222222222222222222222222030182123482567880821234825678",
        "0xd3b317475c14cd324f3a5d60f11b29b72262c63d5b1d19a0c481d2dd1ea34d70",
        "0xce5a3bb184ff04baecf367737b30e1d7a27f439301d43563fcf8fe021354de00");
  }

  @Test
  void everyTypeSignsAndRecoversItsSender() throws DecodingException {
    List<Transaction> unsigned = List.of(
        AccessListTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(1), 30_000, Optional.of(TO), Wei.ZERO,
            Bytes.EMPTY, ACCESS_LIST),
        DynamicFeeTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(1), Wei.of(2), 30_000, Optional.of(TO), Wei.ZERO,
            Bytes.EMPTY, AccessList.EMPTY),
        BlobTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(1), Wei.of(2), 30_000, TO, Wei.ZERO, Bytes.EMPTY,
            AccessList.EMPTY, Wei.of(1), List.of(Hash.fromHex("0x01" + "00".repeat(31)))),
        SetCodeTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(1), Wei.of(2), 60_000, TO, Wei.ZERO, Bytes.EMPTY,
            AccessList.EMPTY, List.of(Authorization.sign(UInt256.ZERO, TO, 0, TestKeys.KEY_ONE, Secp256k1.best()))));

    for (Transaction tx : unsigned) {
      Transaction signed = tx.signedWith(TestKeys.EIP155_KEY, Secp256k1.best());
      Transaction decoded = TransactionDecoder.decode(signed.encoded().toArray());

      assertThat(decoded).as(tx.type().name()).isEqualTo(signed).isInstanceOf(tx.getClass());
      assertThat(decoded.signingHash()).isEqualTo(tx.signingHash());
      assertThat(decoded.sender()).contains(TestKeys.EIP155_ADDRESS);
      assertThat(decoded.sender(Secp256k1.bouncyCastle())).contains(TestKeys.EIP155_ADDRESS);
    }
  }

  @Test
  void withSignatureReplacesOnlyTheSignature() {
    List<Transaction> txs = List.of(
        new LegacyTransaction(5, Wei.of(7), 21_000, Optional.of(TO), Wei.of(9), Bytes.fromHex("0x01"),
            Optional.of(ChainId.MAINNET), sig(0)),
        new AccessListTransaction(ChainId.MAINNET, 5, Wei.of(7), 30_000, Optional.empty(), Wei.of(9),
            Bytes.fromHex("0x01"), ACCESS_LIST, sig(0)),
        new DynamicFeeTransaction(ChainId.MAINNET, 5, Wei.of(3), Wei.of(7), 30_000, Optional.of(TO), Wei.of(9),
            Bytes.fromHex("0x01"), ACCESS_LIST, sig(0)),
        new BlobTransaction(ChainId.MAINNET, 5, Wei.of(3), Wei.of(7), 30_000, TO, Wei.of(9), Bytes.fromHex("0x01"),
            ACCESS_LIST, Wei.of(2), List.of(Hash.fromHex("0x01" + "00".repeat(31))), sig(0)),
        new SetCodeTransaction(ChainId.MAINNET, 5, Wei.of(3), Wei.of(7), 60_000, TO, Wei.of(9),
            Bytes.fromHex("0x01"), ACCESS_LIST, List.of(Authorization.sign(UInt256.ZERO, TO, 0, TestKeys.KEY_ONE,
                Secp256k1.best())), sig(0)));

    for (Transaction tx : txs) {
      Transaction resigned = tx.withSignature(sig(1));

      assertThat(resigned).as(tx.type().name()).isInstanceOf(tx.getClass()).isNotEqualTo(tx);
      assertThat(resigned.signature()).isEqualTo(sig(1));
      assertThat(resigned.signingHash()).isEqualTo(tx.signingHash());
      assertThat(List.of(resigned.chainId(), resigned.nonce(), resigned.maxPriorityFeePerGas(),
          resigned.maxFeePerGas(), resigned.gasLimit(), resigned.to(), resigned.value(), resigned.data(),
          resigned.accessList()))
          .isEqualTo(List.of(tx.chainId(), tx.nonce(), tx.maxPriorityFeePerGas(), tx.maxFeePerGas(), tx.gasLimit(),
              tx.to(), tx.value(), tx.data(), tx.accessList()));
      assertThat(resigned.withSignature(sig(0))).isEqualTo(tx);
    }
  }

  @Test
  void gasPriceFillsBothFeeFields() {
    LegacyTransaction legacy = LegacyTransaction.unsigned(0, Wei.of(7), 21_000, Optional.of(TO), Wei.ZERO,
        Bytes.EMPTY, Optional.empty());
    AccessListTransaction accessList = AccessListTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(7), 21_000,
        Optional.of(TO), Wei.ZERO, Bytes.EMPTY, ACCESS_LIST);

    for (Transaction tx : List.of(legacy, accessList)) {
      assertThat(tx.maxFeePerGas()).as(tx.type().name()).isEqualTo(Wei.of(7));
      assertThat(tx.maxPriorityFeePerGas()).as(tx.type().name()).isEqualTo(Wei.of(7));
      assertThat(tx.effectiveGasPrice(Wei.of(1))).as(tx.type().name()).isEqualTo(Wei.of(7));
    }
    assertThat(legacy.gasPrice()).isEqualTo(Wei.of(7));
    assertThat(legacy.accessList()).isEqualTo(AccessList.EMPTY);
    assertThat(accessList.gasPrice()).isEqualTo(Wei.of(7));
  }

  @Test
  void effectiveGasPriceIsCappedByMaxFee() {
    DynamicFeeTransaction tx = DynamicFeeTransaction.unsigned(ChainId.MAINNET, 0, Wei.of(3), Wei.of(10), 21_000,
        Optional.of(TO), Wei.ZERO, Bytes.EMPTY, AccessList.EMPTY);

    assertThat(tx.effectiveGasPrice(Wei.of(5))).isEqualTo(Wei.of(8));
    assertThat(tx.effectiveGasPrice(Wei.of(9))).isEqualTo(Wei.of(10));
  }

  private static void assertEncoding(Transaction tx, String encoding, String hash, String signingHash)
      throws DecodingException {
    assertThat(tx.encoded()).isEqualTo(Bytes.fromHex(encoding));
    assertThat(tx.hash()).isEqualTo(Hash.fromHex(hash));
    assertThat(tx.signingHash()).isEqualTo(Hash.fromHex(signingHash));

    Transaction decoded = TransactionDecoder.decode(Bytes.fromHex(encoding).toArray());
    assertThat(decoded).isEqualTo(tx);
    assertThat(decoded.type()).isEqualTo(tx.type());
    assertThat(decoded.accessList()).isEqualTo(tx.accessList());
    assertThat(decoded.signature()).isEqualTo(tx.signature());
    assertThat(decoded.hash()).isEqualTo(tx.hash());
  }
}
