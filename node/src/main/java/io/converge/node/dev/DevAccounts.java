package io.converge.node.dev;

import io.converge.crypto.hd.EthereumAccount;
import io.converge.crypto.hd.EthereumAccounts;
import io.converge.crypto.hd.InvalidMnemonicException;
import io.converge.crypto.hd.Mnemonic;
import io.converge.types.Address;
import java.util.List;

/**
 * The dev chain's prefunded accounts: BIP-44 m/44'/60'/0'/0/i of the mnemonic Hardhat and Anvil use, so wallets and
 * scripts written for them work unchanged. The keys are public knowledge; they protect nothing.
 */
public final class DevAccounts {
  public static final String MNEMONIC = "test test test test test test test test test test test junk";

  private DevAccounts() {}

  public static List<EthereumAccount> first(int count) {
    try {
      return EthereumAccounts.fromMnemonic(Mnemonic.parse(MNEMONIC), "", count);
    } catch (InvalidMnemonicException e) {
      throw new IllegalStateException("the well-known test mnemonic does not parse", e);
    }
  }

  public static Address address(EthereumAccount account) {
    return Address.wrap(account.address().bytes());
  }
}
