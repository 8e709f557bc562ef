package io.converge.trie;

import static io.converge.trie.TrieFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MerkleProofTest {

  private static MerklePatriciaTrie puppy() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    trie.put(text("do"), text("verb"));
    trie.put(text("dog"), text("puppy"));
    trie.put(text("doge"), text("coin"));
    trie.put(text("horse"), text("stallion"));
    trie.put(text("dogecoin-and-a-value-long-enough-to-be-hashed"), Bytes.wrap(new byte[40]));
    return trie;
  }

  @Test
  void provesEveryPresentKeyWithItsValue() {
    MerklePatriciaTrie trie = puppy();
    for (String key : List.of("do", "dog", "doge", "horse", "dogecoin-and-a-value-long-enough-to-be-hashed")) {
      List<Bytes> proof = trie.proof(text(key));
      assertThat(MerkleProof.verify(trie.rootHash(), text(key), proof))
          .isEqualTo(new ProofResult.Present(trie.get(text(key)).orElseThrow()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "d", "dogs", "cat", "horses", "hors", "doge!", "zebra"})
  void provesTheAbsenceOfMissingKeys(String key) {
    MerklePatriciaTrie trie = puppy();
    assertThat(MerkleProof.verify(trie.rootHash(), text(key), trie.proof(text(key))))
        .isEqualTo(new ProofResult.Absent());
  }

  @Test
  void listsTheRootFirstAndThenOnlyNodesReferencedByHash() {
    MerklePatriciaTrie trie = puppy();
    List<Bytes> proof = trie.proof(text("dogecoin-and-a-value-long-enough-to-be-hashed"));
    assertThat(proof).hasSizeGreaterThan(1);
    assertThat(io.converge.types.Hash.wrap(io.converge.crypto.hash.Keccak256.hash(proof.get(0).unsafeArray())))
        .isEqualTo(trie.rootHash());
    assertThat(proof.subList(1, proof.size())).allSatisfy(node -> assertThat(node.size()).isGreaterThanOrEqualTo(32));
  }

  @Test
  void rejectsAProofWithATamperedNode() {
    MerklePatriciaTrie trie = puppy();
    List<Bytes> proof = new ArrayList<>(trie.proof(text("dog")));
    byte[] last = proof.get(proof.size() - 1).toArray();
    last[last.length - 1] ^= 1;
    proof.set(proof.size() - 1, Bytes.wrap(last));
    assertThat(MerkleProof.verify(trie.rootHash(), text("dog"), proof))
        .isInstanceOfSatisfying(ProofResult.Invalid.class, r -> assertThat(r.reason()).contains("hashes to"));
  }

  @Test
  void rejectsAProofAgainstAnotherRoot() {
    MerklePatriciaTrie trie = puppy();
    Hash otherRoot = Hash.fromHex("0x" + "33".repeat(32));
    assertThat(MerkleProof.verify(otherRoot, text("dog"), trie.proof(text("dog"))).isValid()).isFalse();
  }

  @Test
  void rejectsATruncatedProof() {
    MerklePatriciaTrie trie = puppy();
    List<Bytes> proof = trie.proof(text("dogecoin-and-a-value-long-enough-to-be-hashed"));
    assertThat(MerkleProof.verify(trie.rootHash(), text("dogecoin-and-a-value-long-enough-to-be-hashed"),
        proof.subList(0, proof.size() - 1)))
        .isInstanceOfSatisfying(ProofResult.Invalid.class, r -> assertThat(r.reason()).contains("proof ends"));
  }

  @Test
  void rejectsAProofWithNodesToSpare() {
    MerklePatriciaTrie trie = puppy();
    List<Bytes> proof = new ArrayList<>(trie.proof(text("horse")));
    proof.add(trie.proof(text("dogecoin-and-a-value-long-enough-to-be-hashed")).get(1));
    assertThat(MerkleProof.verify(trie.rootHash(), text("horse"), proof))
        .isInstanceOfSatisfying(ProofResult.Invalid.class, r -> assertThat(r.reason()).contains("left over"));
  }

  @Test
  void rejectsBytesThatAreNotANodeEvenWhenTheyHashToTheRoot() {
    Bytes garbage = Bytes.fromHex("0xc20102");
    Hash root = Hash.wrap(io.converge.crypto.hash.Keccak256.hash(garbage.unsafeArray()));
    assertThat(MerkleProof.verify(root, text("x"), List.of(garbage)))
        .isInstanceOfSatisfying(ProofResult.Invalid.class, r -> assertThat(r.reason()).contains("not a trie node"));
  }

  @Test
  void anEmptyTrieProvesAbsenceWithAnEmptyProofAndNothingElseDoes() {
    MerklePatriciaTrie empty = MerklePatriciaTrie.inMemory();
    assertThat(empty.proof(text("k"))).isEmpty();
    assertThat(MerkleProof.verify(Trie.EMPTY_ROOT, text("k"), List.of())).isEqualTo(new ProofResult.Absent());
    assertThat(MerkleProof.verify(Trie.EMPTY_ROOT, text("k"), List.of(Bytes.fromHex("0x80"))))
        .isEqualTo(new ProofResult.Absent());
    assertThat(MerkleProof.verify(puppy().rootHash(), text("k"), List.of()).isValid()).isFalse();
  }

  @Test
  void aSingleShortRootProvesItsKey() {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    trie.put(text("k"), text("v"));
    List<Bytes> proof = trie.proof(text("k"));
    assertThat(proof).hasSize(1);
    assertThat(proof.get(0).size()).isLessThan(32);
    assertThat(MerkleProof.verify(trie.rootHash(), text("k"), proof)).isEqualTo(new ProofResult.Present(text("v")));
    assertThat(MerkleProof.verify(trie.rootHash(), text("j"), trie.proof(text("j")))).isEqualTo(new ProofResult.Absent());
  }

  @Test
  void provesKeysOfASecureTrie() {
    SecureTrie trie = SecureTrie.inMemory();
    for (int i = 0; i < 100; i++) {
      trie.put(text("account" + i), text("balance" + i));
    }
    assertThat(MerkleProof.verifySecure(trie.rootHash(), text("account42"), trie.proof(text("account42"))))
        .isEqualTo(new ProofResult.Present(text("balance42")));
    assertThat(MerkleProof.verifySecure(trie.rootHash(), text("account100"), trie.proof(text("account100"))))
        .isEqualTo(new ProofResult.Absent());
  }

  @ParameterizedTest
  @ValueSource(longs = {31, 32, 33})
  void proofsOfRandomTriesVerifyAndMatchTheContent(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Bytes, Bytes> model = new TreeMap<>();
    InMemoryNodeStore store = new InMemoryNodeStore();
    MerklePatriciaTrie trie = MerklePatriciaTrie.empty(store);
    for (int i = 0; i < 200; i++) {
      Bytes key = TrieFixtures.crowdedKey(random);
      Bytes value = TrieFixtures.value(random);
      trie.put(key, value);
      model.put(key, value);
    }
    // Proofs come from a trie reopened from the store, so nodes are loaded lazily while proving.
    MerklePatriciaTrie reopened = MerklePatriciaTrie.at(trie.commit(store), store);
    for (int i = 0; i < 300; i++) {
      Bytes key = TrieFixtures.crowdedKey(random);
      ProofResult expected = model.containsKey(key) ? new ProofResult.Present(model.get(key)) : new ProofResult.Absent();
      assertThat(MerkleProof.verify(reopened.rootHash(), key, reopened.proof(key))).isEqualTo(expected);
    }
  }
}
