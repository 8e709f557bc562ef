package io.converge.rpc.eth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.math.BigInteger;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** EIP-712 hashing against the EIP's own example, and eth_signTypedData_v4 over HTTP. */
class TypedDataTest {
  static final String MAIL = """
      {"types":{
        "EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
          {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
        "Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],
        "Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]},
       "primaryType":"Mail",
       "domain":{"name":"Ether Mail","version":"1","chainId":1,
         "verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
       "message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
         "to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}}
      """;

  @Test
  void hashesTheEipMailExample() throws Exception {
    TypedData data = TypedData.TYPE.parse(DevChain.JSON.readTree(MAIL));
    assertThat(data.encodeType("Mail"))
        .isEqualTo("Mail(Person from,Person to,string contents)Person(string name,address wallet)");
    assertThat(data.digest())
        .isEqualTo(Hash.fromHex("be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));
  }

  @Test
  void signTypedDataV4RecoversToTheUnlockedAccount() throws Exception {
    try (DevChain dev = new DevChain()) {
      JsonNode typed = DevChain.JSON.readTree(MAIL);
      byte[] sig = Bytes.fromHex(dev.result("eth_signTypedData_v4", DevChain.SENDER.toHex(), typed).asText())
          .toArray();
      Signature signature = new Signature(new BigInteger(1, Arrays.copyOfRange(sig, 0, 32)),
          new BigInteger(1, Arrays.copyOfRange(sig, 32, 64)), sig[64] - 27);
      Hash digest = Hash.fromHex("be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
      byte[] publicKey = Secp256k1.best().recover(digest.unsafeArray(), signature).orElseThrow();
      byte[] hash = Hash.keccak256(publicKey).toArray();
      assertThat(Address.wrap(Arrays.copyOfRange(hash, 12, 32))).isEqualTo(DevChain.SENDER);
    }
  }
}
