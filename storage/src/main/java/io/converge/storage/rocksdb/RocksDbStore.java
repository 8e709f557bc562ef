package io.converge.storage.rocksdb;

import io.converge.storage.Cursor;
import io.converge.storage.Durability;
import io.converge.storage.KeyValueStore;
import io.converge.storage.Segment;
import io.converge.storage.StorageException;
import io.converge.storage.WriteBatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.CompressionType;
import org.rocksdb.DBOptions;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksObject;
import org.rocksdb.WriteOptions;

/**
 * A {@link KeyValueStore} on RocksDB, one column family per {@link Segment}. Missing column families are created;
 * column families on disk that no segment names (left by a newer version) are opened and left alone, because RocksDB
 * refuses to open a database without all of them.
 *
 * <p>Every native call holds the read side of a lock whose write side {@link #close} takes: closing while another
 * thread is inside RocksDB would free memory under it and crash the JVM rather than throw.
 */
public final class RocksDbStore implements KeyValueStore {
  static {
    RocksDB.loadLibrary();
  }

  private final RocksDB db;
  private final Map<Segment, ColumnFamilyHandle> handles;
  private final List<ColumnFamilyHandle> allHandles;
  private final List<RocksObject> resources;
  private final WriteOptions bufferedWrites;
  private final WriteOptions syncedWrites;
  private final ReadOptions reads;
  private final Set<RocksDbCursor> openCursors = ConcurrentHashMap.newKeySet();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile boolean closed;

  private RocksDbStore(RocksDB db, Map<Segment, ColumnFamilyHandle> handles, List<ColumnFamilyHandle> allHandles,
      List<RocksObject> resources) {
    this.db = db;
    this.handles = handles;
    this.allHandles = allHandles;
    this.resources = resources;
    this.bufferedWrites = new WriteOptions();
    this.syncedWrites = new WriteOptions().setSync(true);
    this.reads = new ReadOptions();
  }

  public static RocksDbStore open(java.nio.file.Path directory) {
    return open(RocksDbConfig.defaults(directory));
  }

  public static RocksDbStore open(RocksDbConfig config) {
    try {
      Files.createDirectories(config.directory());
    } catch (IOException e) {
      throw new StorageException("cannot create " + config.directory(), e);
    }
    List<RocksObject> resources = new ArrayList<>();
    try {
      LRUCache cache = track(resources, new LRUCache(config.blockCacheBytes()));
      BloomFilter bloom = track(resources, new BloomFilter(10, false));
      BlockBasedTableConfig table = new BlockBasedTableConfig()
          .setBlockCache(cache)
          .setFilterPolicy(bloom)
          .setCacheIndexAndFilterBlocks(true)
          .setPinL0FilterAndIndexBlocksInCache(true)
          .setFormatVersion(5);
      ColumnFamilyOptions cfOptions = track(resources, new ColumnFamilyOptions()
          .setTableFormatConfig(table)
          .setCompressionType(CompressionType.LZ4_COMPRESSION)
          .setBottommostCompressionType(CompressionType.LZ4_COMPRESSION));
      DBOptions dbOptions = track(resources, new DBOptions()
          .setCreateIfMissing(true)
          .setCreateMissingColumnFamilies(true)
          .setMaxOpenFiles(config.maxOpenFiles())
          .setMaxBackgroundJobs(config.maxBackgroundJobs()));

      String path = config.directory().toString();
      List<byte[]> existing;
      try (Options listOptions = new Options()) {
        existing = RocksDB.listColumnFamilies(listOptions, path);
      }
      List<byte[]> names = new ArrayList<>();
      names.add(RocksDB.DEFAULT_COLUMN_FAMILY);
      for (Segment s : Segment.values()) {
        names.add(s.columnFamilyName().getBytes(StandardCharsets.UTF_8));
      }
      for (byte[] name : existing) {
        if (names.stream().noneMatch(n -> Arrays.equals(n, name))) {
          names.add(name);
        }
      }
      List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
      for (byte[] name : names) {
        descriptors.add(new ColumnFamilyDescriptor(name, cfOptions));
      }
      List<ColumnFamilyHandle> allHandles = new ArrayList<>();
      RocksDB db = RocksDB.open(dbOptions, path, descriptors, allHandles);
      Map<Segment, ColumnFamilyHandle> handles = new EnumMap<>(Segment.class);
      for (Segment s : Segment.values()) {
        handles.put(s, allHandles.get(s.ordinal() + 1));
      }
      return new RocksDbStore(db, handles, allHandles, resources);
    } catch (RocksDBException e) {
      resources.forEach(RocksObject::close);
      throw new StorageException("cannot open RocksDB at " + config.directory() + ": " + e.getMessage(), e);
    }
  }

  private static <T extends RocksObject> T track(List<RocksObject> resources, T object) {
    resources.add(object);
    return object;
  }

  @Override
  public Optional<byte[]> get(Segment segment, byte[] key) {
    return guarded(() -> {
      try {
        return Optional.ofNullable(db.get(handle(segment), reads, key));
      } catch (RocksDBException e) {
        throw failure("get from " + segment, e);
      }
    });
  }

  @Override
  public void put(Segment segment, byte[] key, byte[] value) {
    Objects.requireNonNull(value, "value");
    guarded(() -> {
      try {
        db.put(handle(segment), bufferedWrites, key, value);
        return null;
      } catch (RocksDBException e) {
        throw failure("put into " + segment, e);
      }
    });
  }

  @Override
  public void delete(Segment segment, byte[] key) {
    guarded(() -> {
      try {
        db.delete(handle(segment), bufferedWrites, key);
        return null;
      } catch (RocksDBException e) {
        throw failure("delete from " + segment, e);
      }
    });
  }

  @Override
  public WriteBatch newWriteBatch() {
    ensureOpen();
    return new RocksDbWriteBatch(this);
  }

  @Override
  public Cursor cursor(Segment segment) {
    return guarded(() -> {
      // The iterator pins an implicit snapshot taken now.
      RocksDbCursor cursor = new RocksDbCursor(this, db.newIterator(handle(segment), reads));
      openCursors.add(cursor);
      return cursor;
    });
  }

  /** Writes a native batch; called by {@link RocksDbWriteBatch#commit}. */
  void write(org.rocksdb.WriteBatch batch, Durability durability) {
    WriteOptions options = switch (Objects.requireNonNull(durability, "durability")) {
      case BUFFERED -> bufferedWrites;
      case SYNCED -> syncedWrites;
    };
    guarded(() -> {
      try {
        db.write(options, batch);
        return null;
      } catch (RocksDBException e) {
        throw failure("write batch", e);
      }
    });
  }

  ColumnFamilyHandle handle(Segment segment) {
    return handles.get(Objects.requireNonNull(segment, "segment"));
  }

  void forget(RocksDbCursor cursor) {
    openCursors.remove(cursor);
  }

  /** Runs {@code action} while the store is guaranteed to stay open. */
  <T> T guarded(Supplier<T> action) {
    lock.readLock().lock();
    try {
      ensureOpen();
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the store is closed");
    }
  }

  private static StorageException failure(String what, RocksDBException e) {
    return new StorageException(what + " failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (RocksDbCursor cursor : List.copyOf(openCursors)) {
        cursor.release();
      }
      openCursors.clear();
      allHandles.forEach(ColumnFamilyHandle::close);
      db.close();
      bufferedWrites.close();
      syncedWrites.close();
      reads.close();
      resources.forEach(RocksObject::close);
    } finally {
      lock.writeLock().unlock();
    }
  }
}
