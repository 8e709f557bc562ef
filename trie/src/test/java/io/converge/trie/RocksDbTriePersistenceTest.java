package io.converge.trie;

import static io.converge.trie.TrieFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.Segment;
import io.converge.storage.WriteBatch;
import io.converge.storage.rocksdb.RocksDbConfig;
import io.converge.storage.rocksdb.RocksDbStore;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RocksDbTriePersistenceTest {
  @TempDir
  Path dir;

  private KeyValueStore open() {
    return RocksDbStore.open(RocksDbConfig.defaults(dir).withBlockCacheBytes(8 << 20));
  }

  @Test
  void aTrieCommittedToRocksDbReadsBackAfterTheDatabaseIsReopened() {
    SplittableRandom random = new SplittableRandom(7);
    TreeMap<Bytes, Bytes> model = new TreeMap<>();
    Hash root;
    try (KeyValueStore db = open()) {
      SecureTrie trie = SecureTrie.empty(new KeyValueNodeStore(db));
      for (int i = 0; i < 2000; i++) {
        Bytes key = Bytes.wrap(new byte[] {(byte) random.nextInt(), (byte) random.nextInt(), (byte) i});
        Bytes value = TrieFixtures.value(random);
        trie.put(key, value);
        model.put(key, value);
      }
      try (WriteBatch batch = db.newWriteBatch()) {
        root = trie.commit(KeyValueNodeStore.sinkInto(batch));
        batch.put(Segment.META, text("head").toArray(), root.toArray());
        batch.commit(Durability.SYNCED);
      }
    }
    try (KeyValueStore db = open()) {
      Hash head = Hash.wrap(db.get(Segment.META, text("head").toArray()).orElseThrow());
      assertThat(head).isEqualTo(root);
      SecureTrie reopened = SecureTrie.at(head, new KeyValueNodeStore(db));
      model.forEach((k, v) -> assertThat(reopened.get(k)).contains(v));
      assertThat(reopened.get(text("never put"))).isEmpty();
      List<TrieEntry> listed = new ArrayList<>();
      reopened.hashedKeyTrie().entries().forEach(listed::add);
      assertThat(listed).hasSize(model.size());
    }
  }

  @Test
  void successiveRootsCoexistInTheDatabase() {
    try (KeyValueStore db = open()) {
      KeyValueNodeStore nodes = new KeyValueNodeStore(db);
      MerklePatriciaTrie trie = MerklePatriciaTrie.empty(nodes);
      List<Hash> roots = new ArrayList<>();
      for (int block = 0; block < 20; block++) {
        trie = MerklePatriciaTrie.at(block == 0 ? Trie.EMPTY_ROOT : roots.get(block - 1), nodes);
        trie.put(text("counter"), text(Integer.toString(block)));
        trie.put(text("key" + block), text("value" + block));
        roots.add(nodes.commit(trie, Durability.BUFFERED));
      }
      for (int block = 0; block < 20; block++) {
        MerklePatriciaTrie at = MerklePatriciaTrie.at(roots.get(block), nodes);
        assertThat(at.get(text("counter"))).contains(text(Integer.toString(block)));
        assertThat(at.get(text("key" + block))).contains(text("value" + block));
        assertThat(at.get(text("key" + (block + 1)))).isEmpty();
      }
    }
  }
}
