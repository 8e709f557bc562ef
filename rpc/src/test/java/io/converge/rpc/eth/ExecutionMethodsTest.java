package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** eth_call, eth_estimateGas, sending and signing, fees, over HTTP against a real chain. */
class ExecutionMethodsTest {
  private static final Address RECIPIENT = Address.fromHex("000000000000000000000000000000000000beef");
  private DevChain dev;

  @BeforeEach
  void start() throws Exception {
    dev = new DevChain();
  }

  @AfterEach
  void stop() {
    dev.close();
  }

  @Test
  void callReturnsOutputWithoutPersistingState() throws Exception {
    assertThat(dev.result("eth_call", Map.of("to", DevChain.FORTY_TWO.toHex()), "latest").asText())
        .isEqualTo("0x000000000000000000000000000000000000000000000000000000000000002a");
    dev.result("eth_call", Map.of("to", DevChain.COUNTER.toHex(), "from", DevChain.SENDER.toHex()), "latest");
    assertThat(dev.result("eth_getStorageAt", DevChain.COUNTER.toHex(), "0x0", "latest").asText()).endsWith("05");
  }

  @Test
  void revertIsCodeThreeWithDataAndDecodedReason() throws Exception {
    JsonNode error = dev.call("eth_call", Map.of("to", DevChain.REVERTER.toHex()), "latest").get("error");
    assertThat(error.get("code").asInt()).isEqualTo(3);
    assertThat(error.get("message").asText()).isEqualTo("execution reverted: nope");
    assertThat(error.get("data").asText()).startsWith("0x08c379a0");
    JsonNode estimate = dev.call("eth_estimateGas", Map.of("to", DevChain.REVERTER.toHex())).get("error");
    assertThat(estimate.get("code").asInt()).isEqualTo(3);
    assertThat(estimate.get("message").asText()).isEqualTo("execution reverted: nope");
  }

  @Test
  void callWithValueBeyondTheBalanceIsInsufficientFunds() throws Exception {
    JsonNode error = dev.call("eth_call", Map.of("from", RECIPIENT.toHex(), "to", DevChain.FORTY_TWO.toHex(),
        "value", "0x1"), "latest").get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText())
        .isEqualTo("insufficient funds for transfer: address 0x000000000000000000000000000000000000bEEF");
    Map<String, Object> rich = Map.of(RECIPIENT.toHex(), Map.of("balance", "0x10"));
    assertThat(dev.result("eth_call", Map.of("from", RECIPIENT.toHex(), "to", DevChain.FORTY_TWO.toHex(),
        "value", "0x1"), "latest", rich).asText()).endsWith("2a");
  }

  @Test
  void blockOverridesChangeWhatTheCallSeesOfTheBlock() throws Exception {
    assertThat(dev.result("eth_call", Map.of("to", DevChain.NUMBER.toHex()), "latest").asText()).endsWith("00");
    assertThat(dev.result("eth_call", Map.of("to", DevChain.NUMBER.toHex()), "latest", Map.of(),
        Map.of("number", "0x77")).asText()).endsWith("77");
  }

  @Test
  void stateOverridesReplaceCodeAndBalanceForTheCallOnly() throws Exception {
    Map<String, Object> overrides = Map.of(DevChain.COUNTER.toHex(), Map.of("code", "0x602a60005260206000f3"));
    assertThat(dev.result("eth_call", Map.of("to", DevChain.COUNTER.toHex()), "latest", overrides).asText())
        .endsWith("2a");
    assertThat(dev.result("eth_getCode", DevChain.COUNTER.toHex(), "latest").asText())
        .isEqualTo("0x60016000540160005500");
  }

  @Test
  void estimatesExactIntrinsicGasForTransferAndMoreForStorageWrite() throws Exception {
    assertThat(dev.result("eth_estimateGas", Map.of("from", DevChain.SENDER.toHex(), "to", RECIPIENT.toHex(),
        "value", "0x1")).asText()).isEqualTo("0x5208");
    long counter = Long.decode(dev.result("eth_estimateGas",
        Map.of("from", DevChain.SENDER.toHex(), "to", DevChain.COUNTER.toHex())).asText());
    assertThat(counter).isGreaterThan(21_000 + 5_000);
    // The estimate is the least gas that works: one less fails.
    JsonNode tooLittle = dev.call("eth_call", Map.of("from", DevChain.SENDER.toHex(), "to",
        DevChain.COUNTER.toHex(), "gas", "0x" + Long.toHexString(counter - 1)), "latest").get("error");
    assertThat(tooLittle.get("message").asText()).isEqualTo("out of gas");
  }

  @Test
  void sendRawTransactionAddsToPoolAndRejectsWithGethsMessage() throws Exception {
    var tx = dev.transfer(0, RECIPIENT, 5);
    assertThat(dev.result("eth_sendRawTransaction", tx.encoded().toHex()).asText()).isEqualTo(tx.hash().toHex());
    JsonNode pending = dev.result("eth_getTransactionByHash", tx.hash().toHex());
    assertThat(pending.get("blockHash").isNull()).isTrue();
    JsonNode again = dev.call("eth_sendRawTransaction", tx.encoded().toHex()).get("error");
    assertThat(again.get("code").asInt()).isEqualTo(-32000);
    assertThat(again.get("message").asText()).isEqualTo("already known");
    JsonNode status = dev.result("txpool_status");
    assertThat(status.get("pending").asText()).isEqualTo("0x1");
    assertThat(status.get("queued").asText()).isEqualTo("0x0");
    JsonNode content = dev.result("txpool_content");
    JsonNode byNonce = content.get("pending").elements().next();
    assertThat(byNonce.get("0").get("hash").asText()).isEqualTo(tx.hash().toHex());
  }

  @Test
  void sendTransactionFillsNonceGasAndFeesAndSignsWithTheUnlockedKey() throws Exception {
    String hash = dev.result("eth_sendTransaction",
        Map.of("from", DevChain.SENDER.toHex(), "to", RECIPIENT.toHex(), "value", "0x10")).asText();
    JsonNode tx = dev.result("eth_getTransactionByHash", hash);
    assertThat(tx.get("type").asText()).isEqualTo("0x2");
    assertThat(tx.get("nonce").asText()).isEqualTo("0x0");
    assertThat(tx.get("gas").asText()).isEqualTo("0x5208");
    assertThat(tx.get("from").asText()).isEqualTo(DevChain.SENDER.toHex());
    String next = dev.result("eth_sendTransaction",
        Map.of("from", DevChain.SENDER.toHex(), "to", RECIPIENT.toHex(), "value", "0x10")).asText();
    assertThat(dev.result("eth_getTransactionByHash", next).get("nonce").asText()).isEqualTo("0x1");
    JsonNode unknown = dev.call("eth_sendTransaction",
        Map.of("from", RECIPIENT.toHex(), "to", RECIPIENT.toHex())).get("error");
    assertThat(unknown.get("message").asText()).isEqualTo("unknown account");
  }

  @Test
  void signIsEip191AndRecoversToTheAccount() throws Exception {
    Bytes message = Bytes.fromHex("0xdeadbeef");
    byte[] sig = Bytes.fromHex(dev.result("eth_sign", DevChain.SENDER.toHex(), message.toHex()).asText()).toArray();
    assertThat(sig).hasSize(65);
    assertThat(sig[64]).isIn((byte) 27, (byte) 28);
    Hash digest = Submissions.eip191Hash(message);
    Signature signature = new Signature(new BigInteger(1, Arrays.copyOfRange(sig, 0, 32)),
        new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)), sig[64] - 27);
    byte[] publicKey = Secp256k1.best().recover(digest.unsafeArray(), signature).orElseThrow();
    byte[] hash = Hash.keccak256(publicKey).toArray();
    assertThat(Address.wrap(Arrays.copyOfRange(hash, 12, 32))).isEqualTo(DevChain.SENDER);
  }

  @Test
  void feesFollowTheHeadBaseFee() throws Exception {
    dev.mine(List.of(dev.dynamicCall(0, DevChain.COUNTER, 60_000)));
    JsonNode head = dev.result("eth_getBlockByNumber", "latest", false);
    long baseFee = Long.decode(head.get("baseFeePerGas").asText());
    long tip = Long.decode(dev.result("eth_maxPriorityFeePerGas").asText());
    assertThat(tip).isEqualTo(2_000_000_000L);
    assertThat(Long.decode(dev.result("eth_gasPrice").asText())).isEqualTo(baseFee + tip);
    assertThat(dev.result("eth_blobBaseFee").asText()).isEqualTo("0x1");
    JsonNode history = dev.result("eth_feeHistory", "0x2", "latest", List.of(50));
    assertThat(history.get("oldestBlock").asText()).isEqualTo("0x0");
    assertThat(history.get("baseFeePerGas").size()).isEqualTo(3);
    assertThat(history.get("gasUsedRatio").size()).isEqualTo(2);
    assertThat(history.get("reward").get(1).get(0).asText()).isEqualTo("0x77359400");
    assertThat(history.get("reward").get(0).get(0).asText()).isEqualTo("0x0");
  }

  @Test
  void feeHistoryOfNoBlocksHasOnlyOldestBlockAndNullRatios() throws Exception {
    JsonNode history = dev.result("eth_feeHistory", "0x0", "latest", List.of());
    assertThat(history.get("oldestBlock").asText()).isEqualTo("0x0");
    assertThat(history.has("baseFeePerGas")).isFalse();
  }

  @Test
  void callsThroughAProxyReachTheInnerContract() throws Exception {
    assertThat(dev.result("eth_call", Map.of("to", DevChain.PROXY.toHex()), "latest").asText()).endsWith("2a");
  }

  @Test
  void createAccessListFindsTheTouchedAccounts() throws Exception {
    JsonNode result = dev.result("eth_createAccessList",
        Map.of("from", DevChain.SENDER.toHex(), "to", DevChain.FORTY_TWO.toHex(),
            "input", "0x"), "latest");
    assertThat(result.get("accessList").size()).isZero();
    assertThat(result.has("gasUsed")).isTrue();
    JsonNode proxied = dev.result("eth_createAccessList",
        Map.of("from", DevChain.SENDER.toHex(), "to", DevChain.PROXY.toHex()), "latest");
    assertThat(proxied.get("accessList").get(0).get("address").asText()).isEqualTo(DevChain.FORTY_TWO.toHex());
    assertThat(proxied.get("accessList").get(0).get("storageKeys").size()).isZero();
    assertThat(proxied.has("error")).isFalse();
    JsonNode counter = dev.result("eth_createAccessList",
        Map.of("from", DevChain.SENDER.toHex(), "to", DevChain.COUNTER.toHex()), "latest");
    // As in Geth, slots are listed even for the recipient; only bare addresses of sender and recipient are left out.
    assertThat(counter.get("accessList").size()).isEqualTo(1);
    assertThat(counter.get("accessList").get(0).get("address").asText()).isEqualTo(DevChain.COUNTER.toHex());
    assertThat(counter.get("accessList").get(0).get("storageKeys").get(0).asText())
        .isEqualTo("0x" + "00".repeat(32));
  }
}
