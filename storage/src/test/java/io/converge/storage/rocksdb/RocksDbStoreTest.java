package io.converge.storage.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.storage.Cursor;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.KeyValueStoreContractTest;
import io.converge.storage.Segment;
import io.converge.storage.WriteBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;

class RocksDbStoreTest extends KeyValueStoreContractTest {
  @TempDir
  Path dir;

  @Override
  protected KeyValueStore openStore() {
    return RocksDbStore.open(RocksDbConfig.defaults(dir.resolve("db")).withBlockCacheBytes(8 << 20));
  }

  @Test
  void keepsCommittedDataAcrossReopen() {
    try (WriteBatch batch = store.newWriteBatch()) {
      for (int i = 0; i < 1000; i++) {
        batch.put(Segment.TRIE_NODES, b(i >> 8, i), b(i, i, i));
      }
      batch.commit(Durability.SYNCED);
    }
    store.put(Segment.META, b(1), b(2));
    store.close();
    store = openStore();
    assertThat(store.get(Segment.TRIE_NODES, b(3, 0xe7))).hasValueSatisfying(v -> assertThat(v).containsExactly(0xe7, 0xe7, 0xe7));
    assertThat(store.get(Segment.META, b(1))).hasValueSatisfying(v -> assertThat(v).containsExactly(2));
    assertThat(store.scan(Segment.TRIE_NODES, new byte[0], 2000)).hasSize(1000);
  }

  @Test
  void opensADatabaseHoldingColumnFamiliesNoSegmentNames() throws Exception {
    store.close();
    Path path = dir.resolve("db");
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY));
    for (Segment s : Segment.values()) {
      descriptors.add(new ColumnFamilyDescriptor(s.columnFamilyName().getBytes(StandardCharsets.UTF_8)));
    }
    descriptors.add(new ColumnFamilyDescriptor("from-the-future".getBytes(StandardCharsets.UTF_8)));
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (DBOptions options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
        RocksDB raw = RocksDB.open(options, path.toString(), descriptors, handles)) {
      raw.put(handles.get(1), b(1), b(42));
      handles.forEach(ColumnFamilyHandle::close);
    }
    store = openStore();
    assertThat(store.get(Segment.values()[0], b(1))).hasValueSatisfying(v -> assertThat(v).containsExactly(42));
  }

  @Test
  void closingTheStoreReleasesOpenCursorsSafely() {
    store.put(Segment.META, b(1), b(1));
    Cursor c = store.cursor(Segment.META);
    c.seekToFirst();
    assertThat(c.isValid()).isTrue();
    store.close();
    assertThatThrownBy(c::next).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(c::key).isInstanceOf(IllegalStateException.class);
    c.close();
  }

  @Test
  void aBatchCommittedAfterTheStoreClosedFailsWithoutWriting() {
    WriteBatch batch = store.newWriteBatch();
    batch.put(Segment.META, b(9), b(9));
    store.close();
    assertThatThrownBy(() -> batch.put(Segment.META, b(8), b(8))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class);
    store = openStore();
    assertThat(store.get(Segment.META, b(9))).isEmpty();
  }

  @Test
  void rejectsAConfigWithoutBackgroundThreads() {
    assertThatThrownBy(() -> new RocksDbConfig(dir, 0, -1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
