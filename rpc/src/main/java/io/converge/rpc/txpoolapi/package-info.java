/** The {@code txpool} namespace (status, content, contentFrom, inspect) in Geth's shapes. */
package io.converge.rpc.txpoolapi;
