package io.converge.rpc.server;

import io.converge.rpc.auth.JwtVerifier;
import io.converge.rpc.jsonrpc.JsonRpcProcessor;
import java.util.Optional;
import java.util.concurrent.Executor;

/** What every connection of one server shares. */
record ServingContext(
    RpcServerConfig config, JsonRpcProcessor processor, CorsPolicy cors, Optional<JwtVerifier> jwt,
    Executor handlers) {}
