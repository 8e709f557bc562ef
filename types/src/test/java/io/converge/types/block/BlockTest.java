package io.converge.types.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.rlp.RlpReader;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.DecodingException;
import io.converge.types.Hex;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockTest {
  static final byte[] KEY = Hex.decode("0x" + "46".repeat(32));
  static final Address TO = Address.fromHex("0x3535353535353535353535353535353535353535");

  static List<Transaction> transactions() {
    Transaction legacy = LegacyTransaction.unsigned(0, Wei.of(10), 21_000, Optional.of(TO), Wei.of(1), Bytes.EMPTY,
        Optional.of(ChainId.MAINNET)).signedWith(KEY, Secp256k1.best());
    Transaction typed = DynamicFeeTransaction.unsigned(ChainId.MAINNET, 1, Wei.of(1), Wei.of(20), 30_000,
        Optional.of(TO), Wei.ZERO, Bytes.fromHex("0x01020304"), AccessList.EMPTY).signedWith(KEY, Secp256k1.best());
    return List.of(legacy, typed);
  }

  static Block shanghaiBlock() {
    BlockHeader header = BlockHeaderTest.pragueHeader();
    List<Withdrawal> withdrawals = List.of(new Withdrawal(5, 7, TO, 32_000_000_000L));
    return new Block(header, new BlockBody(transactions(), List.of(), Optional.of(withdrawals)));
  }

  @Test
  void roundTripsBlockWithLegacyAndTypedTransactionsAndWithdrawals() throws DecodingException {
    Block block = shanghaiBlock();

    Block decoded = Block.decode(block.encoded());

    assertThat(decoded).isEqualTo(block);
    assertThat(decoded.encoded()).isEqualTo(block.encoded());
    assertThat(decoded.hash()).isEqualTo(block.header().hash());
    assertThat(decoded.body().transactions()).extracting(Transaction::sender)
        .containsOnly(Optional.of(Address.fromHex("0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f")));
  }

  @Test
  void roundTripsPreShanghaiBlockWithOmmers() throws DecodingException {
    BlockHeader genesis = BlockHeaderTest.mainnetGenesis();
    Block block = new Block(genesis.toBuilder().number(1).build(),
        new BlockBody(transactions(), List.of(genesis), Optional.empty()));

    assertThat(Block.decode(block.encoded())).isEqualTo(block);
    assertThat(BlockBody.decode(block.body().encoded())).isEqualTo(block.body());
  }

  @Test
  void writesTypedTransactionsAsStringsAndLegacyAsLists() throws Exception {
    RlpReader r = new RlpReader(shanghaiBlock().encoded());
    r.enterList();
    r.skipItem(); // header
    r.enterList();

    assertThat(r.nextIsList()).isTrue();
    r.skipItem();
    assertThat(r.nextIsList()).isFalse();
    assertThat(r.readBytes()[0]).isEqualTo((byte) 0x02);
  }

  @Test
  void withdrawalEncodesAmountInGwei() {
    Withdrawal w = new Withdrawal(5, 7, Address.fromHex("0x1111111111111111111111111111111111111111"),
        32_000_000_000L);
    io.converge.rlp.RlpWriter writer = new io.converge.rlp.RlpWriter();
    w.writeTo(writer);

    assertThat(writer.toByteArray())
        .isEqualTo(Hex.decode("0xdd0507941111111111111111111111111111111111111111850773594000"));
    assertThat(w.amount()).isEqualTo(new Wei(BigInteger.valueOf(32).multiply(BigInteger.TEN.pow(18))));
  }

  @Test
  void rejectsWithdrawalsThatDisagreeWithTheHeader() {
    Block block = shanghaiBlock();
    BlockBody noWithdrawals = new BlockBody(block.body().transactions(), List.of(), Optional.empty());
    byte[] header = block.header().encoded();
    byte[] body = noWithdrawals.encoded();
    // [header, txs, ommers] spliced from the parts: a Prague header without a withdrawals list.
    io.converge.rlp.RlpWriter w = new io.converge.rlp.RlpWriter();
    w.startList().writeRaw(header);
    try {
      RlpReader r = new RlpReader(body);
      r.enterList();
      while (r.hasMoreInList()) {
        w.writeRaw(r.readRawItem());
      }
    } catch (io.converge.rlp.RlpException e) {
      throw new AssertionError(e);
    }
    byte[] spliced = w.endList().toByteArray();

    assertThatThrownBy(() -> Block.decode(spliced)).isInstanceOf(DecodingException.class)
        .hasMessageContaining("withdrawals");
    assertThatThrownBy(() -> new Block(block.header(), noWithdrawals)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsTypedTransactionWrittenAsAList() throws DecodingException {
    Block block = shanghaiBlock();
    byte[] encoded = block.encoded();
    byte[] typed = block.body().transactions().get(1).encoded().toArray();
    // Replace the string-wrapped typed transaction by its bare bytes: 0x02 then a list, which is no valid item list.
    String hex = Bytes.wrap(encoded).toHex();
    String wrapped = Bytes.wrap(io.converge.rlp.RlpWriter.encodeBytes(typed)).toHex().substring(2);
    String bare = Bytes.wrap(typed).toHex().substring(2);
    assertThat(hex).contains(wrapped);
    byte[] broken = Bytes.fromHex(hex.replace(wrapped, bare)).toArray();

    assertThatThrownBy(() -> Block.decode(broken)).isInstanceOf(DecodingException.class);
  }
}
