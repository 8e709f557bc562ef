package io.converge.types.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import org.junit.jupiter.api.Test;

class BlockHeaderTest {
  static final Hash EMPTY_TRIE_ROOT =
      Hash.fromHex("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");

  /** Ethereum mainnet's genesis header. */
  static BlockHeader mainnetGenesis() {
    return BlockHeader.builder()
        .stateRoot(Hash.fromHex("0xd7f8974fb5ac78d9ac099b9ad5018bedc2ce0a72dad1827a1709da30580f0544"))
        .transactionsRoot(EMPTY_TRIE_ROOT)
        .receiptsRoot(EMPTY_TRIE_ROOT)
        .difficulty(UInt256.of(17_179_869_184L))
        .gasLimit(5_000)
        .extraData(Bytes.fromHex("0x11bbe8db4e347b4e8c937c1c8370e4b5ed33adb3db69cbdb7a38e1e50b1b82fa"))
        .nonce(0x42)
        .build();
  }

  /** A header with every field through Prague set. */
  static BlockHeader pragueHeader() {
    return mainnetGenesis().toBuilder()
        .parentHash(Hash.fromHex("0x" + "ab".repeat(32)))
        .coinbase(Address.fromHex("0x" + "cd".repeat(20)))
        .difficulty(UInt256.ZERO)
        .number(22_000_000)
        .gasLimit(36_000_000)
        .gasUsed(12_345_678)
        .timestamp(1_746_612_311L)
        .mixHash(Hash.fromHex("0x" + "ef".repeat(32)))
        .nonce(0)
        .baseFeePerGas(Wei.of(1_000_000_007L))
        .withdrawalsRoot(EMPTY_TRIE_ROOT)
        .blobGasUsed(393_216)
        .excessBlobGas(0)
        .parentBeaconBlockRoot(Hash.fromHex("0x" + "12".repeat(32)))
        .requestsHash(Hash.fromHex("0x" + "34".repeat(32)))
        .build();
  }

  @Test
  void hashesMainnetGenesisToItsKnownHash() throws DecodingException {
    BlockHeader genesis = mainnetGenesis();

    assertThat(genesis.hash())
        .isEqualTo(Hash.fromHex("0xd4e56740f876aef8c010b86a40d5f56745a118d0906a34e69aec8c0db1cb8fa3"));
    assertThat(BlockHeader.decode(genesis.encoded())).isEqualTo(genesis);
  }

  @Test
  void roundTripsEachForkShapeOfHeader() throws DecodingException {
    BlockHeader prague = pragueHeader();
    BlockHeader[] shapes = {
      mainnetGenesis(),
      withoutFrom(prague, 16), // London
      withoutFrom(prague, 17), // Shanghai
      withoutFrom(prague, 20), // Cancun
      prague
    };
    for (BlockHeader header : shapes) {
      BlockHeader decoded = BlockHeader.decode(header.encoded());
      assertThat(decoded).isEqualTo(header);
      assertThat(decoded.hash()).isEqualTo(header.hash());
    }
    assertThat(BlockHeader.decode(prague.encoded()).requestsHash()).isEqualTo(prague.requestsHash());
  }

  @Test
  void keepsTheNonceAsEightBytesEvenWhenZero() {
    byte[] encoded = pragueHeader().encoded();
    byte[] eightZeros = {(byte) 0x88, 0, 0, 0, 0, 0, 0, 0, 0};

    assertThat(Bytes.wrap(encoded).toHex()).contains(Bytes.wrap(eightZeros).toHex().substring(2));
  }

  @Test
  void rejectsForkFieldsOutOfOrder() {
    assertThatThrownBy(() -> BlockHeader.builder().withdrawalsRoot(Hash.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsHeaderWithExtraTrailingField() {
    RlpWriter w = new RlpWriter();
    byte[] prague = pragueHeader().encoded();
    // Re-open the list: copy the Prague header's fields and add one more.
    io.converge.rlp.RlpReader r = new io.converge.rlp.RlpReader(prague);
    w.startList();
    try {
      r.enterList();
      while (r.hasMoreInList()) {
        w.writeRaw(r.readRawItem());
      }
    } catch (io.converge.rlp.RlpException e) {
      throw new AssertionError(e);
    }
    byte[] tooLong = w.writeLong(1).endList().toByteArray();

    assertThatThrownBy(() -> BlockHeader.decode(tooLong)).isInstanceOf(DecodingException.class);
  }

  @Test
  void rejectsNonceOfWrongLength() {
    byte[] encoded = mainnetGenesis().encoded();
    // The nonce is the last item: 0x88 followed by 8 bytes. Make its header claim 7 bytes.
    int at = encoded.length - 9;
    assertThat(encoded[at]).isEqualTo((byte) 0x88);
    encoded[at] = (byte) 0x87;

    assertThatThrownBy(() -> BlockHeader.decode(encoded)).isInstanceOf(DecodingException.class);
  }

  private static BlockHeader withoutFrom(BlockHeader h, int firstDropped) {
    return new BlockHeader(h.parentHash(), h.ommersHash(), h.coinbase(), h.stateRoot(), h.transactionsRoot(),
        h.receiptsRoot(), h.logsBloom(), h.difficulty(), h.number(), h.gasLimit(), h.gasUsed(), h.timestamp(),
        h.extraData(), h.mixHash(), h.nonce(),
        firstDropped > 16 ? h.baseFeePerGas() : java.util.Optional.empty(),
        firstDropped > 17 ? h.withdrawalsRoot() : java.util.Optional.empty(),
        firstDropped > 18 ? h.blobGasUsed() : java.util.OptionalLong.empty(),
        firstDropped > 19 ? h.excessBlobGas() : java.util.OptionalLong.empty(),
        firstDropped > 20 ? h.parentBeaconBlockRoot() : java.util.Optional.empty(),
        firstDropped > 21 ? h.requestsHash() : java.util.Optional.empty());
  }
}
