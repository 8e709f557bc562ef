/**
 * Hierarchical deterministic keys: BIP-39 mnemonics and seeds, BIP-32 derivation along BIP-44
 * paths, and the Ethereum accounts (EIP-55 checksummed addresses) that wallets derive from them.
 */
package io.converge.crypto.hd;
