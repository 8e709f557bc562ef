/**
 * The {@code eth} and {@code net} namespaces over the chain query interface, the pool and the dev accounts. The node
 * builds an {@link io.converge.rpc.eth.EthApiContext} and serves {@link io.converge.rpc.eth.EthApi#namespaces}; calls
 * run on private copies of the state, so nothing an RPC caller does is ever persisted.
 */
package io.converge.rpc.eth;
