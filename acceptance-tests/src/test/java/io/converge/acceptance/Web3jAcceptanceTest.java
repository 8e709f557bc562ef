package io.converge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.DefaultBlockParameterNumber;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthFeeHistory;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.protocol.websocket.WebSocketService;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;
import org.web3j.tx.response.TransactionReceiptProcessor;
import org.web3j.utils.Numeric;

/** The ethers flow again, from Java with web3j 4.12.3, on the same solc-compiled AcceptanceToken artifact. */
class Web3jAcceptanceTest {
  private static final long CHAIN_ID = 1337;
  // Accounts 0..2 of "test test … junk" (the keys Hardhat and Anvil print): public knowledge, dev chain only.
  private static final Credentials DEPLOYER =
      Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  private static final Credentials RECIPIENT =
      Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
  private static final Credentials SPAMMER =
      Credentials.create("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
  private static final BigInteger SUPPLY = new BigInteger("1000000").multiply(BigInteger.TEN.pow(18));
  private static final BigInteger AMOUNT = new BigInteger("12345").multiply(BigInteger.TEN.pow(17));
  private static final int CONCURRENT_SENDS = 100;
  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final Event TRANSFER = new Event("Transfer", List.of(
      new TypeReference<Address>(true) {}, new TypeReference<Address>(true) {}, new TypeReference<Uint256>(false) {}));
  private static final String ERROR_STRING_SELECTOR = "0x08c379a0"; // Error(string)
  private static final String INSUFFICIENT_BALANCE_SELECTOR = "0xe450d38c"; // ERC20InsufficientBalance(address,uint256,uint256)

  @TempDir Path dataDir;

  private AcceptanceNode node;
  private Web3j web3;
  private TransactionReceiptProcessor receipts;

  @BeforeEach
  void startNode() throws Exception {
    node = AcceptanceNode.startInstantSealing(dataDir);
    web3 = Web3j.build(new HttpService(node.httpUrl()));
    receipts = new PollingTransactionReceiptProcessor(web3, 20, (int) (DEADLINE.toMillis() / 20));
  }

  @AfterEach
  void stopNode() {
    web3.shutdown();
    node.close();
  }

  @Test
  void web3jDeploysTransfersSubscribesDecodesRevertsAndSendsConcurrently() throws Exception {
    assertThat(ok(web3.ethChainId().send()).getChainId()).isEqualTo(BigInteger.valueOf(CHAIN_ID));
    assertThat(DEPLOYER.getAddress()).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");

    // EIP-1559 fee fields
    EthBlock.Block genesisHead = ok(web3.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send()).getBlock();
    BigInteger baseFee = genesisHead.getBaseFeePerGas();
    assertThat(baseFee).as("baseFeePerGas of the latest block").isNotNull().isPositive();
    BigInteger tip = ok(web3.ethMaxPriorityFeePerGas().send()).getMaxPriorityFeePerGas();
    assertThat(tip).as("eth_maxPriorityFeePerGas").isNotNull().isNotNegative();
    assertThat(ok(web3.ethGasPrice().send()).getGasPrice()).as("eth_gasPrice").isGreaterThanOrEqualTo(baseFee);
    BigInteger maxFee = baseFee.multiply(BigInteger.TWO).add(tip);

    // deploy with a raw signed type-2 transaction
    JsonNode artifact = new ObjectMapper().readTree(AcceptanceFiles.tokenArtifact().toFile());
    String deployData = artifact.get("bytecode").asText()
        + FunctionEncoder.encodeConstructor(List.of(new Uint256(SUPPLY)));
    RawTransactionManager deployerTx = new RawTransactionManager(web3, DEPLOYER, CHAIN_ID);
    BigInteger deployGas = ok(web3.ethEstimateGas(
        Transaction.createContractTransaction(DEPLOYER.getAddress(), null, null, deployData)).send()).getAmountUsed();
    TransactionReceipt deployed = mined(deployerTx.sendEIP1559Transaction(CHAIN_ID, tip, maxFee, deployGas, "",
        deployData, BigInteger.ZERO, true));
    assertThat(deployed.isStatusOK()).as("deployment status %s", deployed.getStatus()).isTrue();
    assertThat(deployed.getType()).isEqualTo("0x2");
    String token = deployed.getContractAddress();
    assertThat(token).isNotNull();
    assertThat(ok(web3.ethGetCode(token, DefaultBlockParameterName.LATEST).send()).getCode()).isNotEqualTo("0x");
    assertThat(call(token, "name", List.of(), new TypeReference<Utf8String>() {})).isEqualTo("Acceptance Token");
    assertThat(call(token, "symbol", List.of(), new TypeReference<Utf8String>() {})).isEqualTo("ACC");
    assertThat(call(token, "decimals", List.of(), new TypeReference<Uint8>() {})).isEqualTo(BigInteger.valueOf(18));
    assertThat(call(token, "totalSupply", List.of(), new TypeReference<Uint256>() {})).isEqualTo(SUPPLY);
    assertThat(balanceOf(token, DEPLOYER.getAddress())).isEqualTo(SUPPLY);

    // estimateGas for a transfer
    String transferData = FunctionEncoder.encode(new Function("transfer",
        List.of(new Address(RECIPIENT.getAddress()), new Uint256(AMOUNT)), List.of()));
    BigInteger transferGas = ok(web3.ethEstimateGas(Transaction.createFunctionCallTransaction(DEPLOYER.getAddress(),
        null, null, null, token, transferData)).send()).getAmountUsed();
    assertThat(transferGas).isBetween(BigInteger.valueOf(21_001), BigInteger.valueOf(99_999));

    // subscribe to Transfer logs over WebSocket (eth_subscribe "logs"), then transfer
    WebSocketService webSocket = new WebSocketService(node.webSocketUrl(), false);
    webSocket.connect();
    Web3j wsWeb3 = Web3j.build(webSocket);
    try {
      CompletableFuture<org.web3j.protocol.websocket.events.Log> notified = new CompletableFuture<>();
      var subscription = wsWeb3.logsNotifications(List.of(token), List.of(EventEncoder.encode(TRANSFER)))
          .subscribe(n -> notified.complete(n.getParams().getResult()), notified::completeExceptionally);
      // Replies on one socket come back in order: once this answer arrives, the eth_subscribe reply has been handled.
      assertThat(ok(wsWeb3.ethChainId().send()).getChainId()).isEqualTo(BigInteger.valueOf(CHAIN_ID));

      TransactionReceipt transferred = mined(deployerTx.sendEIP1559Transaction(CHAIN_ID, tip, maxFee, transferGas,
          token, transferData, BigInteger.ZERO, false));
      assertThat(transferred.isStatusOK()).as("transfer status %s", transferred.getStatus()).isTrue();
      assertThat(transferred.getGasUsed()).isLessThanOrEqualTo(transferGas);
      BigInteger blockBaseFee = ok(web3.ethGetBlockByNumber(new DefaultBlockParameterNumber(
          transferred.getBlockNumber()), false).send()).getBlock().getBaseFeePerGas();
      assertThat(Numeric.decodeQuantity(transferred.getEffectiveGasPrice()))
          .as("effectiveGasPrice = baseFee + min(tip, maxFee - baseFee)")
          .isEqualTo(blockBaseFee.add(tip.min(maxFee.subtract(blockBaseFee))));
      assertThat(transferred.getLogs()).hasSize(1);
      assertTransfer(transferred.getLogs().get(0), DEPLOYER.getAddress(), RECIPIENT.getAddress(), AMOUNT);
      assertThat(balanceOf(token, RECIPIENT.getAddress())).isEqualTo(AMOUNT);
      assertThat(balanceOf(token, DEPLOYER.getAddress())).isEqualTo(SUPPLY.subtract(AMOUNT));

      // eth_getLogs: the mint and the transfer
      EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST, token)
          .addSingleTopic(EventEncoder.encode(TRANSFER));
      List<Log> logs = ok(web3.ethGetLogs(filter).send()).getLogs().stream()
          .map(result -> (Log) ((EthLog.LogResult<?>) result).get()).toList();
      assertThat(logs).hasSize(2);
      assertTransfer(logs.get(0), "0x0000000000000000000000000000000000000000", DEPLOYER.getAddress(),
          SUPPLY);
      Log sentLog = logs.get(1);
      assertTransfer(sentLog, DEPLOYER.getAddress(), RECIPIENT.getAddress(), AMOUNT);
      assertThat(sentLog.getTransactionHash()).isEqualTo(transferred.getTransactionHash());

      // the WebSocket notification carries the same log
      org.web3j.protocol.websocket.events.Log pushed = notified.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      assertTransfer(pushed.getTopics(), pushed.getData(), DEPLOYER.getAddress(), RECIPIENT.getAddress(), AMOUNT);
      assertThat(pushed.getAddress()).isEqualToIgnoringCase(token);
      assertThat(pushed.getTransactionHash()).isEqualTo(transferred.getTransactionHash());
      assertThat(Numeric.decodeQuantity(pushed.getBlockNumber())).isEqualTo(transferred.getBlockNumber());
      subscription.dispose(); // sends eth_unsubscribe; the next round trip lets its reply arrive before shutdown
      assertThat(ok(wsWeb3.ethChainId().send()).getChainId()).isEqualTo(BigInteger.valueOf(CHAIN_ID));
    } finally {
      wsWeb3.shutdown();
    }

    // a reverting eth_call: code 3, Error("nope") in the data, web3j's revert reason
    assertThat(call(token, "guarded", List.of(new Bool(true)), new TypeReference<Uint256>() {}))
        .isEqualTo(BigInteger.valueOf(42));
    EthCall reverted = rawCall(token, FunctionEncoder.encode(new Function("guarded", List.of(new Bool(false)),
        List.of())));
    assertThat(reverted.isReverted()).as("eth_call of guarded(false) reverts").isTrue();
    assertThat(reverted.getError().getCode()).isEqualTo(3);
    assertThat(reverted.getRevertReason()).contains("nope");
    String revertData = errorData(reverted.getError());
    assertThat(revertData).startsWith(ERROR_STRING_SELECTOR);
    assertThat(decodeErrorString(revertData)).isEqualTo("nope");
    // and a custom error from estimateGas of a transfer above the balance
    String tooMuch = FunctionEncoder.encode(new Function("transfer",
        List.of(new Address(RECIPIENT.getAddress()), new Uint256(SUPPLY)), List.of()));
    EthEstimateGas failedEstimate = web3.ethEstimateGas(Transaction.createFunctionCallTransaction(
        DEPLOYER.getAddress(), null, null, null, token, tooMuch)).send();
    assertThat(failedEstimate.hasError()).as("estimateGas of a reverting transfer fails").isTrue();
    assertThat(failedEstimate.getError().getCode()).isEqualTo(3);
    assertThat(errorData(failedEstimate.getError())).startsWith(INSUFFICIENT_BALANCE_SELECTOR);

    // eth_feeHistory over the blocks just sealed
    EthFeeHistory.FeeHistory history = ok(web3.ethFeeHistory(4, DefaultBlockParameterName.LATEST,
        List.of(25.0, 75.0)).send()).getFeeHistory();
    long head = ok(web3.ethBlockNumber().send()).getBlockNumber().longValueExact();
    long blocks = head - history.getOldestBlock().longValueExact() + 1;
    assertThat(blocks).isEqualTo(Math.min(4, head + 1));
    assertThat(history.getBaseFeePerGas()).hasSize((int) blocks + 1);
    assertThat(history.getGasUsedRatio()).hasSize((int) blocks);
    assertThat(history.getReward()).hasSize((int) blocks).allSatisfy(r -> assertThat(r).hasSize(2));

    // 100 concurrent sends from one account, nonces handed out by a counter
    sendsConcurrentlyWithCounterNonces(tip, maxFee);
  }

  private void sendsConcurrentlyWithCounterNonces(BigInteger tip, BigInteger maxFee) throws Exception {
    BigInteger start = ok(web3.ethGetTransactionCount(SPAMMER.getAddress(), DefaultBlockParameterName.PENDING).send())
        .getTransactionCount();
    AtomicLong nextNonce = new AtomicLong(start.longValueExact());
    ExecutorService senders = Executors.newFixedThreadPool(16);
    try {
      List<CompletableFuture<String>> sent = new ArrayList<>();
      for (int i = 0; i < CONCURRENT_SENDS; i++) {
        BigInteger value = BigInteger.valueOf(i + 1);
        sent.add(CompletableFuture.supplyAsync(() -> {
          BigInteger nonce = BigInteger.valueOf(nextNonce.getAndIncrement());
          RawTransaction tx = RawTransaction.createEtherTransaction(CHAIN_ID, nonce, BigInteger.valueOf(21_000),
              RECIPIENT.getAddress(), value, tip, maxFee);
          String signed = Numeric.toHexString(TransactionEncoder.signMessage(tx, CHAIN_ID, SPAMMER));
          try {
            EthSendTransaction reply = web3.ethSendRawTransaction(signed).send();
            if (reply.hasError()) {
              throw new AssertionError("nonce " + nonce + " rejected: " + reply.getError().getMessage());
            }
            return reply.getTransactionHash();
          } catch (java.io.IOException e) {
            throw new AssertionError("nonce " + nonce + " not sent", e);
          }
        }, senders));
      }
      CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
      List<TransactionReceipt> all = new ArrayList<>();
      for (CompletableFuture<String> hash : sent) {
        all.add(receipts.waitForTransactionReceipt(hash.get()));
      }
      assertThat(all).allSatisfy(r -> assertThat(r.isStatusOK()).as("status of %s", r.getTransactionHash()).isTrue());
      assertThat(ok(web3.ethGetTransactionCount(SPAMMER.getAddress(), DefaultBlockParameterName.LATEST).send())
          .getTransactionCount()).isEqualTo(start.add(BigInteger.valueOf(CONCURRENT_SENDS)));
    } finally {
      senders.shutdownNow();
    }
  }

  private TransactionReceipt mined(EthSendTransaction sent) throws Exception {
    return receipts.waitForTransactionReceipt(ok(sent).getTransactionHash());
  }

  private static <R extends Response<?>> R ok(R response) {
    if (response.hasError()) {
      throw new AssertionError("JSON-RPC error " + response.getError().getCode() + ": "
          + response.getError().getMessage() + " data=" + response.getError().getData());
    }
    return response;
  }

  private EthCall rawCall(String to, String data) throws Exception {
    return web3.ethCall(Transaction.createEthCallTransaction(DEPLOYER.getAddress(), to, data),
        DefaultBlockParameterName.LATEST).send();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T extends Type<?>> Object call(String to, String name, List<Type> args, TypeReference<T> returns)
      throws Exception {
    Function function = new Function(name, args, List.of((TypeReference) returns));
    String result = ok(rawCall(to, FunctionEncoder.encode(function))).getValue();
    List<Type> decoded = FunctionReturnDecoder.decode(result, function.getOutputParameters());
    assertThat(decoded).as("%s() returned %s", name, result).hasSize(1);
    return decoded.get(0).getValue();
  }

  private BigInteger balanceOf(String token, String owner) throws Exception {
    return (BigInteger) call(token, "balanceOf", List.of(new Address(owner)), new TypeReference<Uint256>() {});
  }

  private static void assertTransfer(Log log, String from, String to, BigInteger value) {
    assertTransfer(log.getTopics(), log.getData(), from, to, value);
  }

  private static void assertTransfer(List<String> topics, String data, String from, String to, BigInteger value) {
    assertThat(topics).hasSize(3);
    assertThat(topics.get(0)).isEqualTo(EventEncoder.encode(TRANSFER));
    assertThat(topicAddress(topics.get(1))).isEqualToIgnoringCase(from);
    assertThat(topicAddress(topics.get(2))).isEqualToIgnoringCase(to);
    assertThat(Numeric.toBigInt(data)).isEqualTo(value);
  }

  /**
   * web3j 4.12.3 keeps {@code error.data} as raw JSON, so the node's (Geth-shaped) {@code "data":"0x08c3…"} arrives
   * with its quotes; strip them.
   */
  private static String errorData(Response.Error error) {
    String raw = String.valueOf(error.getData());
    return raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object decodeErrorString(String revertData) {
    List<TypeReference<Type>> outputs = List.of((TypeReference) new TypeReference<Utf8String>() {});
    List<Type> decoded = FunctionReturnDecoder.decode(revertData.substring(ERROR_STRING_SELECTOR.length()), outputs);
    return decoded.get(0).getValue();
  }

  private static String topicAddress(String topic) {
    return "0x" + topic.substring(topic.length() - 40);
  }
}
