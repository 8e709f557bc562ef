package io.converge.crypto.hd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class EthereumAccountsTest {
  private static final HexFormat HEX = HexFormat.of();

  /** The development mnemonic Hardhat and Anvil fund by default. */
  private static final String TEST_JUNK =
      "test test test test test test test test test test test junk";

  @Test
  void derivesTheHardhatAndAnvilDevelopmentAccounts() throws InvalidMnemonicException {
    List<EthereumAccount> accounts =
        EthereumAccounts.fromMnemonic(Mnemonic.parse(TEST_JUNK), "", 3);

    assertThat(accounts)
        .extracting(a -> a.address().toChecksumHex())
        .containsExactly(
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
            "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
            "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
    assertThat(accounts)
        .extracting(a -> HEX.formatHex(a.privateKey()))
        .containsExactly(
            "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
            "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
            "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    assertThat(accounts)
        .extracting(EthereumAccount::path)
        .containsExactly(
            DerivationPath.ethereum(0), DerivationPath.ethereum(1), DerivationPath.ethereum(2));
  }

  @Test
  void accountAddressIsTheAddressOfItsPrivateKey() throws InvalidMnemonicException {
    EthereumAccount account =
        EthereumAccounts.fromMnemonic(Mnemonic.parse(TEST_JUNK), "", 1).get(0);

    assertThat(AccountAddress.fromPrivateKey(account.privateKey())).isEqualTo(account.address());
  }

  @Test
  void aPassphraseGivesDifferentAccounts() throws InvalidMnemonicException {
    Mnemonic mnemonic = Mnemonic.parse(TEST_JUNK);

    assertThat(EthereumAccounts.fromMnemonic(mnemonic, "secret", 1).get(0).address())
        .isNotEqualTo(EthereumAccounts.fromMnemonic(mnemonic, "", 1).get(0).address());
  }

  @Test
  void matchesDerivingTheFullPathFromTheMasterKey() throws InvalidMnemonicException {
    Mnemonic mnemonic = Mnemonic.parse(TEST_JUNK);

    HdKey fifth = HdKey.master(mnemonic.seed("")).derive(DerivationPath.ethereum(5));

    EthereumAccount account = EthereumAccounts.fromMnemonic(mnemonic, "", 6).get(5);
    assertThat(account.privateKey()).isEqualTo(fifth.privateKey());
    assertThat(account.address()).isEqualTo(fifth.address());
  }

  @Test
  void printsPathAndAddressButNotTheKey() throws InvalidMnemonicException {
    EthereumAccount account =
        EthereumAccounts.fromMnemonic(Mnemonic.parse(TEST_JUNK), "", 1).get(0);

    assertThat(account)
        .hasToString(
            "EthereumAccount[m/44'/60'/0'/0/0 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266]");
  }
}
