/** eth_getLogs, polling filters (expiring after five minutes unpolled) and eth_subscribe, fed by the node's events. */
package io.converge.rpc.filter;
