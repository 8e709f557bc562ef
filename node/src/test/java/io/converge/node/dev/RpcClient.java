package io.converge.node.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.converge.crypto.hd.EthereumAccount;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.Transaction;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/** A JSON-RPC client over real HTTP, as a wallet would talk to the dev node. */
final class RpcClient {
  static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI uri;
  private int nextId = 1;

  RpcClient(String url) {
    this.uri = URI.create(url);
  }

  /** The result of {@code method}; fails on a JSON-RPC error. */
  JsonNode call(String method, Object... params) throws IOException, InterruptedException {
    ObjectNode request = JSON.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("id", nextId++);
    request.put("method", method);
    ArrayNode array = request.putArray("params");
    for (Object p : params) {
      array.add(JSON.valueToTree(p));
    }
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body = JSON.readTree(response.body());
    if (body.has("error")) {
      throw new IOException(method + " failed: " + body.get("error"));
    }
    return body.get("result");
  }

  long blockNumber() throws IOException, InterruptedException {
    return quantity(call("eth_blockNumber")).longValueExact();
  }

  BigInteger balance(Address a) throws IOException, InterruptedException {
    return quantity(call("eth_getBalance", a.toHex(), "latest"));
  }

  long nonce(Address a) throws IOException, InterruptedException {
    return quantity(call("eth_getTransactionCount", a.toHex(), "latest")).longValueExact();
  }

  Hash sendRaw(Transaction tx) throws IOException, InterruptedException {
    return Hash.fromHex(call("eth_sendRawTransaction", tx.encoded().toHex()).asText());
  }

  Optional<JsonNode> receipt(Hash tx) throws IOException, InterruptedException {
    JsonNode r = call("eth_getTransactionReceipt", tx.toHex());
    return r == null || r.isNull() ? Optional.empty() : Optional.of(r);
  }

  JsonNode awaitReceipt(Hash tx) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (true) {
      Optional<JsonNode> r = receipt(tx);
      if (r.isPresent()) {
        return r.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no receipt for " + tx + " within " + DEADLINE);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  /** Polls {@code condition} until it holds, failing after the deadline. */
  static void await(String what, IoCondition condition) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.holds()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + DEADLINE + ": " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }

  interface IoCondition {
    boolean holds() throws IOException, InterruptedException;
  }

  static BigInteger quantity(JsonNode hex) {
    return new BigInteger(hex.asText().substring(2), 16);
  }

  /** An EIP-1559 transfer signed by {@code from}, paying at most 100 gwei per gas. */
  static Transaction transfer(ChainId chainId, EthereumAccount from, long nonce, Address to, BigInteger wei) {
    return DynamicFeeTransaction.unsigned(chainId, nonce, Wei.of(1_000_000_000L), Wei.of(100_000_000_000L), 21_000,
        Optional.of(to), new Wei(wei), Bytes.EMPTY, AccessList.EMPTY).signedWith(from.privateKey(), Secp256k1.best());
  }
}
