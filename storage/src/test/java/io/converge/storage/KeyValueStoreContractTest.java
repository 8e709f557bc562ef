package io.converge.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link KeyValueStore} shares; each implementation runs it through a subclass. */
public abstract class KeyValueStoreContractTest {
  protected KeyValueStore store;

  /** A fresh, empty store. */
  protected abstract KeyValueStore openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  protected static byte[] b(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void returnsEmptyForAMissingKey() {
    assertThat(store.get(Segment.META, b(1))).isEmpty();
    assertThat(store.containsKey(Segment.META, b(1))).isFalse();
  }

  @Test
  void readsBackWhatWasPut() {
    store.put(Segment.HEADERS, b(1, 2), b(9, 9, 9));
    assertThat(store.get(Segment.HEADERS, b(1, 2))).hasValueSatisfying(v -> assertThat(v).containsExactly(9, 9, 9));
  }

  @Test
  void overwritesAnExistingValue() {
    store.put(Segment.HEADERS, b(1), b(1));
    store.put(Segment.HEADERS, b(1), b(2));
    assertThat(store.get(Segment.HEADERS, b(1))).hasValueSatisfying(v -> assertThat(v).containsExactly(2));
  }

  @Test
  void deleteRemovesTheKeyAndIgnoresMissingKeys() {
    store.put(Segment.BLOCKS, b(1), b(1));
    store.delete(Segment.BLOCKS, b(1));
    store.delete(Segment.BLOCKS, b(2));
    assertThat(store.get(Segment.BLOCKS, b(1))).isEmpty();
  }

  @Test
  void keepsSegmentsApart() {
    store.put(Segment.HEADERS, b(7), b(1));
    store.put(Segment.BLOCKS, b(7), b(2));
    assertThat(store.get(Segment.HEADERS, b(7))).hasValueSatisfying(v -> assertThat(v).containsExactly(1));
    assertThat(store.get(Segment.BLOCKS, b(7))).hasValueSatisfying(v -> assertThat(v).containsExactly(2));
    assertThat(store.get(Segment.RECEIPTS, b(7))).isEmpty();
  }

  @Test
  void storesAnEmptyValueDistinctFromAbsence() {
    store.put(Segment.META, b(1), new byte[0]);
    assertThat(store.get(Segment.META, b(1))).hasValueSatisfying(v -> assertThat(v).isEmpty());
  }

  @Test
  void copiesArraysInAndOut() {
    byte[] key = b(1);
    byte[] value = b(5);
    store.put(Segment.META, key, value);
    key[0] = 2;
    value[0] = 6;
    byte[] read = store.get(Segment.META, b(1)).orElseThrow();
    read[0] = 7;
    assertThat(store.get(Segment.META, b(1))).hasValueSatisfying(v -> assertThat(v).containsExactly(5));
    assertThat(store.get(Segment.META, b(2))).isEmpty();
  }

  @Test
  void hidesBatchWritesUntilCommitted() {
    try (WriteBatch batch = store.newWriteBatch()) {
      batch.put(Segment.HEADERS, b(1), b(1));
      assertThat(store.get(Segment.HEADERS, b(1))).isEmpty();
      batch.commit();
    }
    assertThat(store.get(Segment.HEADERS, b(1))).isPresent();
  }

  @Test
  void commitsABatchAcrossSegmentsTogether() {
    store.put(Segment.INDICES, b(3), b(3));
    try (WriteBatch batch = store.newWriteBatch()) {
      batch.put(Segment.HEADERS, b(1), b(1));
      batch.put(Segment.BLOCKS, b(1), b(2));
      batch.put(Segment.RECEIPTS, b(1), b(3));
      batch.delete(Segment.INDICES, b(3));
      assertThat(batch.size()).isEqualTo(4);
      batch.commit(Durability.SYNCED);
    }
    assertThat(store.get(Segment.HEADERS, b(1))).isPresent();
    assertThat(store.get(Segment.BLOCKS, b(1))).isPresent();
    assertThat(store.get(Segment.RECEIPTS, b(1))).isPresent();
    assertThat(store.get(Segment.INDICES, b(3))).isEmpty();
  }

  @Test
  void appliesBatchOperationsInTheOrderRecorded() {
    try (WriteBatch batch = store.newWriteBatch()) {
      batch.put(Segment.META, b(1), b(1));
      batch.delete(Segment.META, b(1));
      batch.delete(Segment.META, b(2));
      batch.put(Segment.META, b(2), b(2));
      batch.put(Segment.META, b(3), b(1));
      batch.put(Segment.META, b(3), b(3));
      batch.commit();
    }
    assertThat(store.get(Segment.META, b(1))).isEmpty();
    assertThat(store.get(Segment.META, b(2))).hasValueSatisfying(v -> assertThat(v).containsExactly(2));
    assertThat(store.get(Segment.META, b(3))).hasValueSatisfying(v -> assertThat(v).containsExactly(3));
  }

  @Test
  void discardsABatchClosedWithoutCommit() {
    try (WriteBatch batch = store.newWriteBatch()) {
      batch.put(Segment.META, b(1), b(1));
    }
    assertThat(store.get(Segment.META, b(1))).isEmpty();
  }

  @Test
  void refusesToReuseACommittedBatch() {
    WriteBatch batch = store.newWriteBatch();
    batch.put(Segment.META, b(1), b(1));
    batch.commit();
    assertThatThrownBy(() -> batch.put(Segment.META, b(2), b(2))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class);
    batch.close();
  }

  @Test
  void iteratesInUnsignedKeyOrder() {
    for (int k : new int[] {0xff, 0x00, 0x80, 0x7f, 0x01}) {
      store.put(Segment.INDICES, b(k), b(k));
    }
    store.put(Segment.INDICES, b(0x80, 0x00), b(1));
    List<String> keys = new ArrayList<>();
    try (Cursor c = store.cursor(Segment.INDICES)) {
      for (c.seekToFirst(); c.isValid(); c.next()) {
        keys.add(Bytes.wrap(c.key()).toHex());
      }
    }
    assertThat(keys).containsExactly("0x00", "0x01", "0x7f", "0x80", "0x8000", "0xff");
  }

  @Test
  void seeksForwardAndBackward() {
    store.put(Segment.INDICES, b(10), b(1));
    store.put(Segment.INDICES, b(20), b(2));
    store.put(Segment.INDICES, b(30), b(3));
    try (Cursor c = store.cursor(Segment.INDICES)) {
      c.seek(b(15));
      assertThat(c.key()).containsExactly(20);
      assertThat(c.value()).containsExactly(2);
      c.seek(b(20));
      assertThat(c.key()).containsExactly(20);
      c.seekForPrev(b(25));
      assertThat(c.key()).containsExactly(20);
      c.prev();
      assertThat(c.key()).containsExactly(10);
      c.prev();
      assertThat(c.isValid()).isFalse();
      c.seek(b(31));
      assertThat(c.isValid()).isFalse();
      c.seekToLast();
      assertThat(c.key()).containsExactly(30);
      c.seekForPrev(b(5));
      assertThat(c.isValid()).isFalse();
      assertThatThrownBy(c::key).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void cursorSeesTheSegmentAsItWasWhenOpened() {
    store.put(Segment.INDICES, b(1), b(1));
    try (Cursor c = store.cursor(Segment.INDICES)) {
      store.put(Segment.INDICES, b(2), b(2));
      store.delete(Segment.INDICES, b(1));
      c.seekToFirst();
      assertThat(c.key()).containsExactly(1);
      c.next();
      assertThat(c.isValid()).isFalse();
    }
  }

  @Test
  void scansOnlyKeysWithThePrefixUpToTheLimit() {
    store.put(Segment.INDICES, b(1, 0xff), b(0));
    store.put(Segment.INDICES, b(2), b(1));
    store.put(Segment.INDICES, b(2, 0), b(2));
    store.put(Segment.INDICES, b(2, 1), b(3));
    store.put(Segment.INDICES, b(2, 0xff, 0xff), b(4));
    store.put(Segment.INDICES, b(3), b(5));
    assertThat(store.scan(Segment.INDICES, b(2), 10)).extracting(kv -> kv.value().toHex())
        .containsExactly("0x01", "0x02", "0x03", "0x04");
    assertThat(store.scan(Segment.INDICES, b(2), 2)).hasSize(2);
    assertThat(store.scan(Segment.INDICES, b(4), 10)).isEmpty();
    assertThat(store.scan(Segment.INDICES, new byte[0], 100)).hasSize(6);
  }

  @Test
  void typedTablesRoundTripAndSharingASegmentByPrefixKeepsThemApart() {
    Table<Long, Hash> byNumber = Table.of(Segment.INDICES, Bytes.of((byte) 'n'), Codec.UINT64, Codec.HASH);
    Table<Long, Bytes> other = Table.of(Segment.INDICES, Bytes.of((byte) 'o'), Codec.UINT64, Codec.BYTES);
    Hash h = Hash.fromHex("0x" + "ab".repeat(32));
    store.put(byNumber, 5L, h);
    assertThat(store.get(byNumber, 5L)).contains(h);
    assertThat(store.get(other, 5L)).isEmpty();
    try (WriteBatch batch = store.newWriteBatch()) {
      batch.put(other, 5L, Bytes.of((byte) 1));
      batch.delete(byNumber, 5L);
      batch.commit();
    }
    assertThat(store.get(byNumber, 5L)).isEmpty();
    assertThat(store.get(other, 5L)).contains(Bytes.of((byte) 1));
  }

  @Test
  void namesTheTableWhenAStoredValueIsCorrupt() {
    Table<Long, Hash> byNumber = Table.of(Segment.INDICES, Codec.UINT64, Codec.HASH);
    store.put(Segment.INDICES, Codec.UINT64.encode(1L), b(1, 2, 3));
    assertThatThrownBy(() -> store.get(byNumber, 1L)).isInstanceOf(StorageException.class).hasMessageContaining("INDICES");
  }

  @Test
  void aCursorSeesEitherAllOfABatchOrNoneOfIt() throws Exception {
    Thread writer = new Thread(() -> {
      for (int i = 1; i <= 500; i++) {
        try (WriteBatch batch = store.newWriteBatch()) {
          batch.put(Segment.INDICES, b(1), Codec.UINT64.encode((long) i));
          batch.put(Segment.INDICES, b(2), Codec.UINT64.encode((long) i));
          batch.commit();
        }
      }
    });
    writer.start();
    try {
      while (writer.isAlive()) {
        try (Cursor c = store.cursor(Segment.INDICES)) {
          c.seekToFirst();
          if (!c.isValid()) {
            continue;
          }
          long first = Codec.UINT64.decode(c.value());
          c.next();
          assertThat(Codec.UINT64.decode(c.value())).isEqualTo(first);
        }
      }
    } finally {
      writer.join();
    }
  }

  @Test
  void failsEveryOperationAfterClose() {
    Cursor c = store.cursor(Segment.META);
    store.close();
    store.close();
    assertThatThrownBy(() -> store.get(Segment.META, b(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.put(Segment.META, b(1), b(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.newWriteBatch()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(c::seekToFirst).isInstanceOf(IllegalStateException.class);
    c.close();
  }
}
