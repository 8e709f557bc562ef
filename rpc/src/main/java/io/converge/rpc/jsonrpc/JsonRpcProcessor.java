package io.converge.rpc.jsonrpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.converge.rpc.error.ErrorCode;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcMethodRegistry;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.method.RpcSession;
import io.converge.rpc.param.RpcParams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON-RPC 2.0 independent of transport: one HTTP body or WebSocket message in, the bytes to answer (if any) out.
 * Edge cases are answered as Geth answers them: parse errors and invalid messages carry a null id, an empty batch
 * gets a single error, notifications get nothing, and a bug in a method is reported without its details.
 */
public final class JsonRpcProcessor {
  private static final Logger LOG = LoggerFactory.getLogger(JsonRpcProcessor.class);
  private static final String VERSION = "2.0";

  private final RpcMethodRegistry registry;
  private final int maxBatchSize;
  private final ObjectMapper mapper = RpcJson.newMapper();

  public JsonRpcProcessor(RpcMethodRegistry registry, int maxBatchSize) {
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("maxBatchSize must be positive: " + maxBatchSize);
    }
    this.registry = registry;
    this.maxBatchSize = maxBatchSize;
  }

  /** The answer to one message; empty when it held only notifications. */
  public Optional<byte[]> process(byte[] body, RpcSession session) {
    return process(new ByteArrayInputStream(body), session);
  }

  public Optional<byte[]> process(InputStream body, RpcSession session) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (IOException e) {
      root = null;
    }
    if (root == null || root.isMissingNode()) {
      return Optional.of(errorResponse(ErrorCode.PARSE_ERROR, "parse error"));
    }
    if (root.isArray()) {
      return batch(root, session).map(this::write);
    }
    return Optional.ofNullable(handle(root, session)).map(this::write);
  }

  /** An error not tied to any request (transport limits, authentication), with a null id. */
  public byte[] errorResponse(int code, String message) {
    return write(error(NullNode.getInstance(), code, message, null));
  }

  /** A server-initiated notification; fails with IllegalArgumentException if {@code params} cannot be encoded. */
  public byte[] notification(String method, Object params) {
    ObjectNode message = mapper.createObjectNode();
    message.put("jsonrpc", VERSION);
    message.put("method", method);
    message.set("params", mapper.valueToTree(params));
    return write(message);
  }

  private Optional<JsonNode> batch(JsonNode messages, RpcSession session) {
    if (messages.isEmpty()) {
      return Optional.of(error(NullNode.getInstance(), ErrorCode.INVALID_REQUEST, "empty batch", null));
    }
    ArrayNode answers = mapper.createArrayNode();
    if (messages.size() > maxBatchSize) {
      // As Geth: one error for the whole batch, carrying the id of its first call if there is one.
      JsonNode firstId = NullNode.getInstance();
      for (JsonNode message : messages) {
        if (Message.of(message).isCall()) {
          firstId = message.get("id");
          break;
        }
      }
      answers.add(error(firstId, ErrorCode.INVALID_REQUEST, "batch too large", null));
      return Optional.of(answers);
    }
    for (JsonNode message : messages) {
      ObjectNode answer = handle(message, session);
      if (answer != null) {
        answers.add(answer);
      }
    }
    return answers.isEmpty() ? Optional.empty() : Optional.of(answers);
  }

  /** The answer to one message, or null for a notification. */
  private ObjectNode handle(JsonNode node, RpcSession session) {
    Message message = Message.of(node);
    if (message.isNotification()) {
      try {
        call(message, session);
      } catch (RpcException e) {
        LOG.debug("notification failed method={} code={} message={}", message.method(), e.code(), e.getMessage());
      }
      return null;
    }
    if (!message.isCall()) {
      JsonNode id = message.hasValidId() ? message.id() : NullNode.getInstance();
      return error(id, ErrorCode.INVALID_REQUEST, "invalid request", null);
    }
    try {
      ObjectNode answer = mapper.createObjectNode();
      answer.put("jsonrpc", VERSION);
      answer.set("id", message.id());
      answer.set("result", call(message, session));
      return answer;
    } catch (RpcException e) {
      return error(message.id(), e.code(), e.getMessage(), e.data());
    }
  }

  private JsonNode call(Message message, RpcSession session) throws RpcException {
    RpcMethod method = registry.find(message.method())
        .orElseThrow(() -> RpcException.methodNotFound(message.method()));
    try {
      Object result = method.execute(new RpcRequest(message.method(), RpcParams.of(message.params()), session));
      return result == null ? NullNode.getInstance() : mapper.valueToTree(result);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug, not the caller's doing: the details go to the log, never onto the wire.
      LOG.warn("method handler crashed method={}", message.method(), e);
      throw new RpcException(ErrorCode.INTERNAL_ERROR, "method handler crashed");
    }
  }

  private ObjectNode error(JsonNode id, int code, String message, Object data) {
    ObjectNode error = mapper.createObjectNode();
    error.put("code", code);
    error.put("message", message);
    if (data != null) {
      try {
        error.set("data", mapper.valueToTree(data));
      } catch (IllegalArgumentException e) {
        LOG.warn("unencodable error data code={} type={}", code, data.getClass().getName(), e);
      }
    }
    ObjectNode answer = mapper.createObjectNode();
    answer.put("jsonrpc", VERSION);
    answer.set("id", id);
    answer.set("error", error);
    return answer;
  }

  private byte[] write(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The members of one message as Geth reads them: a member of the wrong JSON type counts as absent, an absent id
   * makes a notification, and an object or array id is invalid.
   */
  private record Message(String version, JsonNode id, String method, JsonNode params) {
    static Message of(JsonNode node) {
      if (!node.isObject()) {
        return new Message("", null, "", null);
      }
      JsonNode version = node.get("jsonrpc");
      JsonNode method = node.get("method");
      return new Message(
          version != null && version.isTextual() ? version.textValue() : "",
          node.get("id"),
          method != null && method.isTextual() ? method.textValue() : "",
          node.get("params"));
    }

    boolean hasValidId() {
      return id != null && !id.isContainerNode();
    }

    boolean isNotification() {
      return VERSION.equals(version) && id == null && !method.isEmpty();
    }

    boolean isCall() {
      return VERSION.equals(version) && hasValidId() && !method.isEmpty();
    }
  }
}
