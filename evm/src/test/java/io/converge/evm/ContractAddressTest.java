package io.converge.evm;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractAddressTest {
  @ParameterizedTest(name = "EIP-1014 example {index}")
  @CsvSource({
    "0000000000000000000000000000000000000000, 0000000000000000000000000000000000000000000000000000000000000000, 00,"
        + " 4D1A2e2bB4F88F0250f26Ffff098B0b30B26BF38",
    "deadbeef00000000000000000000000000000000, 0000000000000000000000000000000000000000000000000000000000000000, 00,"
        + " B928f69Bb1D91Cd65274e3c79d8986362984fDA3",
    "deadbeef00000000000000000000000000000000, 000000000000000000000000feed000000000000000000000000000000000000, 00,"
        + " D04116cDd17beBE565EB2422F2497E06cC1C9833",
    "0000000000000000000000000000000000000000, 0000000000000000000000000000000000000000000000000000000000000000,"
        + " deadbeef, 70f2b2914A2a4b783FaEFb75f459A580616Fcb5e",
    "00000000000000000000000000000000deadbeef, 00000000000000000000000000000000000000000000000000000000cafebabe,"
        + " deadbeef, 60f3f640a8508fC6a86d45DF051962668E1e8AC7",
    "00000000000000000000000000000000deadbeef, 00000000000000000000000000000000000000000000000000000000cafebabe,"
        + " deadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeefdeadbeef,"
        + " 1d8bfDC5D46DC4f61D6b6115972536eBE6A8854C",
    "0000000000000000000000000000000000000000, 0000000000000000000000000000000000000000000000000000000000000000, ,"
        + " E33C0C7F7df4809055C3ebA6c09CFe4BaF1BD9e0"
  })
  void create2MatchesTheEip1014Examples(String sender, String salt, String initCode, String expected) {
    Address address = ContractAddress.forCreate2(
        Address.fromHex(sender), Hash.fromHex(salt), initCode == null ? Bytes.EMPTY : Bytes.fromHex(initCode));
    assertThat(address).isEqualTo(Address.fromHex(expected.toLowerCase()));
  }

  @ParameterizedTest(name = "nonce {0}")
  @CsvSource({
    "0, cd234a471b72ba2f1ccf0a70fcaba648a5eecd8d",
    "1, 343c43a37d37dff08ae8c4a11544c718abb4fcf8",
    "2, f778b86fa74e846c4f0a1fbd1335fe81c00a0c91",
    "3, fffd933a0bc612844eaf0c6fe3e5b8e9b6c1d19c"
  })
  void createUsesTheRlpOfSenderAndNonce(long nonce, String expected) {
    Address sender = Address.fromHex("6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0");
    assertThat(ContractAddress.forCreate(sender, nonce)).isEqualTo(Address.fromHex(expected));
  }
}
