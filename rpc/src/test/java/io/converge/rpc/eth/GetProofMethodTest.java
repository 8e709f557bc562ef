package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.converge.rlp.RlpWriter;
import io.converge.rpc.error.RpcException;
import io.converge.state.Account;
import io.converge.trie.MerkleProof;
import io.converge.trie.ProofResult;
import io.converge.trie.Trie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.block.Block;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** eth_getProof over HTTP on a real chain, every proof checked against the block's state root. */
class GetProofMethodTest {
  private static final Address NOBODY = Address.fromHex("000000000000000000000000000000000000dead");
  private static final String SLOT_ZERO = "0x0";
  private static final String UNSET_SLOT = "0x" + "ab".repeat(32);
  private static final String ZERO_HASH = Hash.ZERO.toHex();
  private static DevChain dev;
  private static Block genesis;
  private static Block counted;

  @BeforeAll
  static void build() throws Exception {
    dev = new DevChain();
    genesis = dev.chain.block(0).orElseThrow();
    counted = dev.mine(List.of(dev.dynamicCall(0, DevChain.COUNTER, 60_000)));
  }

  @AfterAll
  static void stop() {
    dev.close();
  }

  private static List<Bytes> nodes(JsonNode proof) {
    List<Bytes> out = new ArrayList<>();
    proof.forEach(n -> out.add(Bytes.fromHex(n.asText())));
    return out;
  }

  private static Bytes slotWord(long slot) {
    byte[] word = new byte[32];
    word[31] = (byte) slot;
    return Bytes.wrap(word);
  }

  private static Bytes storedValue(long value) {
    return Bytes.wrap(new RlpWriter(9).writeBigInteger(BigInteger.valueOf(value)).toByteArray());
  }

  @Test
  void provesAContractAndItsSlotAgainstTheBlockStateRoot() throws Exception {
    JsonNode result = dev.result("eth_getProof", DevChain.COUNTER.toHex(), List.of(SLOT_ZERO), "latest");

    assertThat(result.get("address").asText()).isEqualTo(DevChain.COUNTER.toHex());
    ProofResult account = MerkleProof.verifySecure(counted.header().stateRoot(), DevChain.COUNTER.toBytes(),
        nodes(result.get("accountProof")));
    assertThat(account).isInstanceOf(ProofResult.Present.class);
    Account fields = Account.decode(((ProofResult.Present) account).value().toArray());
    assertThat(result.get("balance").asText()).isEqualTo("0x0");
    assertThat(result.get("nonce").asText()).isEqualTo("0x1");
    assertThat(result.get("codeHash").asText()).isEqualTo(fields.codeHash().toHex())
        .isEqualTo(Hash.keccak256(Bytes.fromHex("60016000540160005500").toArray()).toHex());
    assertThat(result.get("storageHash").asText()).isEqualTo(fields.storageRoot().toHex());

    JsonNode slot = result.get("storageProof").get(0);
    assertThat(slot.get("key").asText()).isEqualTo("0x0");
    assertThat(slot.get("value").asText()).isEqualTo("0x6");
    assertThat(MerkleProof.verifySecure(fields.storageRoot(), slotWord(0), nodes(slot.get("proof"))))
        .isEqualTo(new ProofResult.Present(storedValue(6)));
  }

  @Test
  void answersInGethsFieldOrderWithWellFormedHex() throws Exception {
    JsonNode result = dev.result("eth_getProof", DevChain.SENDER.toHex(), List.of(SLOT_ZERO), "latest");

    List<String> names = new ArrayList<>();
    result.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("address", "accountProof", "balance", "codeHash", "nonce", "storageHash",
        "storageProof");
    List<String> slotNames = new ArrayList<>();
    result.get("storageProof").get(0).fieldNames().forEachRemaining(slotNames::add);
    assertThat(slotNames).containsExactly("key", "value", "proof");
    assertThat(result.get("accountProof")).isNotEmpty()
        .allSatisfy(n -> assertThat(n.asText()).matches("0x([0-9a-f]{2})+"));
    assertThat(result.get("balance").asText()).matches("0x[1-9a-f][0-9a-f]*");
    assertThat(result.get("nonce").asText()).isEqualTo("0x1");
    assertThat(result.get("codeHash").asText()).isEqualTo(
        "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(result.get("storageHash").asText()).isEqualTo(Trie.EMPTY_ROOT.toHex());
    // An account without storage: Geth answers 0x0 with an empty proof.
    assertThat(result.get("storageProof").get(0).get("value").asText()).isEqualTo("0x0");
    assertThat(result.get("storageProof").get(0).get("proof")).isEmpty();
  }

  @Test
  void missingAccountHasAnExclusionProofAndGethsZeroHashes() throws Exception {
    JsonNode result = dev.result("eth_getProof", NOBODY.toHex(), List.of(SLOT_ZERO, UNSET_SLOT), "latest");

    assertThat(MerkleProof.verifySecure(counted.header().stateRoot(), NOBODY.toBytes(),
        nodes(result.get("accountProof")))).isEqualTo(new ProofResult.Absent());
    assertThat(result.get("accountProof")).isNotEmpty();
    assertThat(result.get("balance").asText()).isEqualTo("0x0");
    assertThat(result.get("nonce").asText()).isEqualTo("0x0");
    assertThat(result.get("codeHash").asText()).isEqualTo(ZERO_HASH);
    assertThat(result.get("storageHash").asText()).isEqualTo(ZERO_HASH);
    assertThat(result.get("storageProof")).hasSize(2).allSatisfy(slot -> {
      assertThat(slot.get("value").asText()).isEqualTo("0x0");
      assertThat(slot.get("proof")).isEmpty();
    });
  }

  @Test
  void missingSlotReadsZeroWithAnExclusionProof() throws Exception {
    JsonNode result = dev.result("eth_getProof", DevChain.COUNTER.toHex(), List.of(UNSET_SLOT), "latest");

    JsonNode slot = result.get("storageProof").get(0);
    assertThat(slot.get("key").asText()).isEqualTo(UNSET_SLOT);
    assertThat(slot.get("value").asText()).isEqualTo("0x0");
    assertThat(slot.get("proof")).isNotEmpty();
    Hash storageRoot = Hash.fromHex(result.get("storageHash").asText());
    assertThat(MerkleProof.verifySecure(storageRoot, Bytes.fromHex(UNSET_SLOT), nodes(slot.get("proof"))))
        .isEqualTo(new ProofResult.Absent());
  }

  @Test
  void provesTheCommittedStateOfAnEarlierBlock() throws Exception {
    JsonNode result = dev.result("eth_getProof", DevChain.COUNTER.toHex(), List.of("0x00"), "0x0");

    ProofResult account = MerkleProof.verifySecure(genesis.header().stateRoot(), DevChain.COUNTER.toBytes(),
        nodes(result.get("accountProof")));
    assertThat(account).isInstanceOf(ProofResult.Present.class);
    JsonNode slot = result.get("storageProof").get(0);
    assertThat(slot.get("value").asText()).isEqualTo("0x5");
    assertThat(MerkleProof.verifySecure(Hash.fromHex(result.get("storageHash").asText()), slotWord(0),
        nodes(slot.get("proof")))).isEqualTo(new ProofResult.Present(storedValue(5)));
  }

  @Test
  void echoesKeysAsGethNormalizesThem() throws Exception {
    String fullUpper = "0x" + "0".repeat(62) + "0A";
    JsonNode result = dev.result("eth_getProof", DevChain.COUNTER.toHex(),
        List.of("0x0", "0x00", "0", "0X01", "0x001", "", fullUpper), "latest");

    List<String> keys = new ArrayList<>();
    result.get("storageProof").forEach(s -> keys.add(s.get("key").asText()));
    assertThat(keys).containsExactly("0x0", "0x0", "0x0", "0x1", "0x1", "0x0", "0x" + "0".repeat(62) + "0a");
    assertThat(result.get("storageProof").get(0).get("value").asText()).isEqualTo("0x6");
    assertThat(result.get("storageProof").get(1).get("proof"))
        .isEqualTo(result.get("storageProof").get(0).get("proof"));
  }

  @Test
  void nullOrEmptyKeysGiveNoStorageProofs() throws Exception {
    assertThat(dev.result("eth_getProof", DevChain.COUNTER.toHex(), List.of(), "latest").get("storageProof"))
        .isEmpty();
    assertThat(dev.result("eth_getProof", DevChain.COUNTER.toHex(), NullNode.getInstance(), "latest").get("storageProof"))
        .isEmpty();
  }

  @Test
  void refusesBadKeysAsInvalidParams() throws Exception {
    JsonNode badHex = dev.call("eth_getProof", DevChain.COUNTER.toHex(), List.of("0xzz"), "latest").get("error");
    assertThat(badHex.get("code").asInt()).isEqualTo(-32602);
    assertThat(badHex.get("message").asText()).isEqualTo("invalid hex in storage key: \"0xzz\"");

    String tooLong = "0x1" + "0".repeat(64);
    JsonNode long33 = dev.call("eth_getProof", DevChain.COUNTER.toHex(), List.of(tooLong), "latest").get("error");
    assertThat(long33.get("code").asInt()).isEqualTo(-32602);
    assertThat(long33.get("message").asText())
        .isEqualTo("storage key too long (want at most 32 bytes): \"" + tooLong + "\"");

    JsonNode notString = dev.call("eth_getProof", DevChain.COUNTER.toHex(), List.of(1), "latest").get("error");
    assertThat(notString.get("message").asText())
        .isEqualTo("invalid argument 1: json: cannot unmarshal number into Go value of type string");
    JsonNode notArray = dev.call("eth_getProof", DevChain.COUNTER.toHex(), "0x0", "latest").get("error");
    assertThat(notArray.get("message").asText())
        .isEqualTo("invalid argument 1: json: cannot unmarshal string into Go value of type []string");
  }

  @Test
  void refusesMoreThanGethsKeyLimit() throws Exception {
    List<String> keys = Collections.nCopies(GetProofMethod.MAX_KEYS + 1, "0x0");
    JsonNode error = dev.call("eth_getProof", DevChain.COUNTER.toHex(), keys, "latest").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).isEqualTo("too many storage keys requested (max 1024, got 1025)");
    assertThat(dev.result("eth_getProof", DevChain.COUNTER.toHex(),
        Collections.nCopies(GetProofMethod.MAX_KEYS, "0x0"), "latest").get("storageProof"))
        .hasSize(GetProofMethod.MAX_KEYS);
  }

  @Test
  void requiresKeysAndBlockAndKnowsOnlyStoredBlocks() throws Exception {
    assertThat(dev.call("eth_getProof", DevChain.COUNTER.toHex()).get("error").get("message").asText())
        .isEqualTo("missing value for required argument 1");
    assertThat(dev.call("eth_getProof", DevChain.COUNTER.toHex(), List.of()).get("error").get("message").asText())
        .isEqualTo("missing value for required argument 2");
    JsonNode unknown = dev.call("eth_getProof", DevChain.COUNTER.toHex(), List.of(), "0x99").get("error");
    assertThat(unknown.get("code").asInt()).isEqualTo(-32000);
    assertThat(unknown.get("message").asText()).isEqualTo("header not found");
    // Keys are checked before the block is looked up, as Geth does.
    JsonNode both = dev.call("eth_getProof", DevChain.COUNTER.toHex(), List.of("0xzz"), "0x99").get("error");
    assertThat(both.get("code").asInt()).isEqualTo(-32602);
  }

  @Test
  void quotesKeysInErrorsAsGoDoes() {
    assertThat(GetProofMethod.goQuote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\x01\"");
  }

  @Test
  void refusesSignedKeysThatBigIntegerWouldAccept() {
    assertThatThrownBy(() -> GetProofMethod.StorageKey.parse("-1")).isInstanceOf(RpcException.class)
        .hasMessageContaining("invalid hex in storage key");
    assertThatThrownBy(() -> GetProofMethod.StorageKey.parse("+1")).isInstanceOf(RpcException.class)
        .hasMessageContaining("invalid hex in storage key");
  }

  @Test
  void echoesShortKeysAsQuantitiesAndFullKeysAsHashes() throws Exception {
    assertThat(Arrays.asList(GetProofMethod.StorageKey.parse("0xff").echo(),
        GetProofMethod.StorageKey.parse("f".repeat(64)).echo(),
        GetProofMethod.StorageKey.parse("0x" + "0".repeat(64)).echo()))
        .containsExactly("0xff", "0x" + "f".repeat(64), "0x" + "0".repeat(64));
  }
}
