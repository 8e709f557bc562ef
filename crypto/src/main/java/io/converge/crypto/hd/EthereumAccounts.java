package io.converge.crypto.hd;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The accounts MetaMask, Hardhat, Anvil and Ledger Live show for a mnemonic: BIP-44 paths
 * m/44'/60'/0'/0/i for i = 0, 1, 2, ...
 */
public final class EthereumAccounts {
  private EthereumAccounts() {}

  /** The first {@code count} accounts of {@code mnemonic} with {@code passphrase} ("" for none). */
  public static List<EthereumAccount> fromMnemonic(
      Mnemonic mnemonic, String passphrase, int count) {
    Objects.requireNonNull(mnemonic, "mnemonic");
    return fromSeed(mnemonic.seed(passphrase), count);
  }

  /** The first {@code count} accounts of a BIP-39 seed. */
  public static List<EthereumAccount> fromSeed(byte[] seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, got " + count);
    }
    // Walk to m/44'/60'/0'/0 once; each account is then a single normal child of it.
    HdKey externalChain = HdKey.master(seed).derive(DerivationPath.ethereum(0).parent());
    List<EthereumAccount> accounts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      HdKey key = externalChain.child(ChildNumber.normal(i));
      accounts.add(new EthereumAccount(key.path(), key.privateKey(), key.address()));
    }
    return List.copyOf(accounts);
  }
}
