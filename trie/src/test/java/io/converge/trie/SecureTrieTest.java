package io.converge.trie;

import static io.converge.trie.TrieFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.converge.crypto.hash.Keccak256;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import org.junit.jupiter.api.Test;

class SecureTrieTest {
  @Test
  void isATrieKeyedByTheKeccakOfEachKey() {
    SecureTrie secure = SecureTrie.inMemory();
    MerklePatriciaTrie plain = MerklePatriciaTrie.inMemory();
    for (String k : new String[] {"do", "dog", "doge", "horse"}) {
      secure.put(text(k), text(k + "!"));
      plain.put(Bytes.wrap(Keccak256.hash(text(k).unsafeArray())), text(k + "!"));
    }
    assertThat(secure.rootHash()).isEqualTo(plain.rootHash());
    assertThat(secure.get(text("dog"))).contains(text("dog!"));
    assertThat(secure.getHashed(SecureTrie.hashKey(text("doge")))).contains(text("doge!"));
  }

  @Test
  void matchesTheSecureDogsVector() {
    SecureTrie trie = SecureTrie.inMemory();
    trie.put(text("doe"), text("reindeer"));
    trie.put(text("dog"), text("puppy"));
    trie.put(text("dogglesworth"), text("cat"));
    assertThat(trie.rootHash())
        .isEqualTo(Hash.fromHex("0xd4cd937e4a4368d7931a9cf51686b7e10abb3dce38a39000fd7902a092b64585"));
  }

  @Test
  void hashedAndPlainAccessReachTheSameEntries() {
    SecureTrie trie = SecureTrie.inMemory();
    trie.putHashed(SecureTrie.hashKey(text("a")), text("1"));
    assertThat(trie.get(text("a"))).contains(text("1"));
    trie.remove(text("a"));
    assertThat(trie.getHashed(SecureTrie.hashKey(text("a")))).isEmpty();
    assertThat(trie.isEmpty()).isTrue();
  }
}
