package io.converge.bench.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** JSON-RPC over one HTTP connection (one {@link HttpClient} per instance), single calls and batches. */
final class BatchRpc {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI uri;

  BatchRpc(String url) {
    this.uri = URI.create(url);
  }

  /** The body of a batch calling {@code method} once per parameter list, ids 0..n-1. */
  static String batchBody(String method, List<List<Object>> paramLists) {
    ArrayNode batch = JSON.createArrayNode();
    for (int i = 0; i < paramLists.size(); i++) {
      ObjectNode request = batch.addObject();
      request.put("jsonrpc", "2.0");
      request.put("id", i);
      request.put("method", method);
      ArrayNode params = request.putArray("params");
      for (Object p : paramLists.get(i)) {
        params.add(JSON.valueToTree(p));
      }
    }
    return batch.toString();
  }

  /** Posts a pre-built body and returns the parsed response. */
  JsonNode post(String body) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /** The result of one call; fails on a JSON-RPC error. */
  JsonNode call(String method, Object... params) throws IOException, InterruptedException {
    JsonNode response = post(JSON.readTree(batchBody(method, List.of(List.of(params)))).get(0).toString());
    if (response.has("error")) {
      throw new IOException(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  /** Results of a batch in id order; fails on any JSON-RPC error. */
  JsonNode[] batch(String body, int size) throws IOException, InterruptedException {
    JsonNode response = post(body);
    JsonNode[] results = new JsonNode[size];
    for (JsonNode item : response) {
      if (item.has("error")) {
        throw new IOException("batch item " + item.get("id") + " failed: " + item.get("error"));
      }
      results[item.get("id").asInt()] = item.get("result");
    }
    return results;
  }

  static long quantity(JsonNode hex) {
    return Long.parseLong(hex.asText().substring(2), 16);
  }
}
