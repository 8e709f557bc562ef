package io.converge.ai.feature;

import io.converge.types.Address;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Binary snapshot of a {@link TransactionGraph} so the node resumes with its history after a restart. Written to a
 * temporary file and moved into place, so a crash mid-write leaves the previous snapshot intact.
 */
public final class GraphSnapshot {
  private static final int MAGIC = 0x43474732; // "CGG2"

  private GraphSnapshot() {}

  public static void write(TransactionGraph g, Path file) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeLong(g.now);
      out.writeLong(g.observedCount());
      out.writeInt(g.accounts.size());
      for (AccountState s : g.accounts.values()) {
        out.write(s.address.toArray());
        out.writeInt(s.id);
        out.writeLong(s.firstSeen);
        out.writeLong(s.lastSeen);
        out.writeDouble(s.heat);
        out.writeLong(s.heatAt);
      }
      // Edges refer to accounts by the writer's ids; the reader maps them.
      for (AccountState s : g.accounts.values()) {
        writeEdges(out, s.in);
        writeEdges(out, s.out);
      }
      out.writeInt(g.pairs.size());
      for (Map.Entry<Long, PairState> e : g.pairs.entrySet()) {
        PairState p = e.getValue();
        out.writeLong(e.getKey());
        out.writeLong(p.first);
        out.writeLong(p.last);
        out.writeInt(p.count);
        out.writeDouble(p.gapSum);
        out.writeLong(p.lastGap);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static TransactionGraph read(Path file, GraphConfig config) throws IOException {
    TransactionGraph g = new TransactionGraph(config);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int magic = in.readInt();
      if (magic != MAGIC) {
        throw new IOException("not a graph snapshot: " + file + " (magic " + Integer.toHexString(magic) + ")");
      }
      long now = in.readLong();
      long observed = in.readLong();
      int n = in.readInt();
      Map<Integer, Integer> idMap = new java.util.HashMap<>();
      AccountState[] order = new AccountState[n];
      for (int i = 0; i < n; i++) {
        byte[] addr = in.readNBytes(Address.SIZE);
        int oldId = in.readInt();
        AccountState s = g.restore(Address.wrap(addr), in.readLong());
        s.lastSeen = in.readLong();
        s.heat = in.readDouble();
        s.heatAt = in.readLong();
        idMap.put(oldId, s.id);
        order[i] = s;
      }
      for (AccountState s : order) {
        readEdges(in, s.in, idMap);
        readEdges(in, s.out, idMap);
      }
      int pairs = in.readInt();
      for (int i = 0; i < pairs; i++) {
        long key = in.readLong();
        Integer from = idMap.get((int) (key >>> 32));
        Integer to = idMap.get((int) key);
        PairState p = new PairState(in.readLong());
        p.last = in.readLong();
        p.count = in.readInt();
        p.gapSum = in.readDouble();
        p.lastGap = in.readLong();
        if (from != null && to != null) {
          g.pairs.put(TransactionGraph.key(from, to), p);
        }
      }
      g.restoreClock(now, observed);
    }
    return g;
  }

  private static void writeEdges(DataOutputStream out, java.util.ArrayDeque<AccountState.Edge> edges)
      throws IOException {
    out.writeInt(edges.size());
    for (AccountState.Edge e : edges) {
      out.writeLong(e.ts());
      out.writeInt(e.other());
      out.writeDouble(e.amount());
    }
  }

  private static void readEdges(DataInputStream in, java.util.ArrayDeque<AccountState.Edge> edges,
      Map<Integer, Integer> idMap) throws IOException {
    int n = in.readInt();
    for (int i = 0; i < n; i++) {
      long ts = in.readLong();
      Integer other = idMap.get(in.readInt());
      double amount = in.readDouble();
      if (other != null) {
        edges.addLast(new AccountState.Edge(ts, other, amount));
      }
    }
  }
}
