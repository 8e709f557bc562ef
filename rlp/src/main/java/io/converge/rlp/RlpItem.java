package io.converge.rlp;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A decoded RLP value as a tree, for tools and tests; hot paths use {@link RlpReader} and {@link RlpWriter} directly.
 * Decoding and encoding are iterative, so nesting never costs Java stack; decoding still caps the depth at
 * {@link #MAX_DEPTH} because the records' own {@code equals}, {@code hashCode} and {@code toString} recurse.
 */
public sealed interface RlpItem permits RlpString, RlpList {

  /** The deepest list nesting {@link #decode(byte[])} accepts; no Ethereum structure comes close. */
  int MAX_DEPTH = 1024;

  /** Decodes exactly one item spanning all of {@code encoded}. */
  static RlpItem decode(byte[] encoded) throws RlpException {
    RlpReader reader = new RlpReader(encoded);
    // open.get(0) collects the single top-level item; each deeper entry collects an open list's items.
    List<List<RlpItem>> open = new ArrayList<>();
    open.add(new ArrayList<>(1));
    while (true) {
      List<RlpItem> current = open.get(open.size() - 1);
      if (open.size() > 1) {
        if (!reader.hasMoreInList()) {
          reader.leaveList();
          open.remove(open.size() - 1);
          open.get(open.size() - 1).add(new RlpList(current));
          continue;
        }
      } else if (!current.isEmpty()) {
        reader.finish();
        return current.get(0);
      }
      if (reader.nextIsList()) {
        if (open.size() > MAX_DEPTH) {
          throw new RlpException("nesting too deep", reader.position(), "more than " + MAX_DEPTH + " nested lists");
        }
        reader.enterList();
        open.add(new ArrayList<>());
      } else {
        current.add(new RlpString(reader.readBytes()));
      }
    }
  }

  /** The canonical encoding of this item. */
  default byte[] encode() {
    RlpWriter writer = new RlpWriter();
    // A stack of iterators over the lists being written, so that deep trees built by hand cannot overflow the stack.
    List<Iterator<RlpItem>> open = new ArrayList<>();
    RlpItem next = this;
    while (true) {
      if (next instanceof RlpString s) {
        writer.writeBytes(s.bytesUnsafe());
      } else if (next instanceof RlpList l) {
        writer.startList();
        open.add(l.items().iterator());
      }
      next = null;
      while (next == null && !open.isEmpty()) {
        Iterator<RlpItem> it = open.get(open.size() - 1);
        if (it.hasNext()) {
          next = it.next();
        } else {
          writer.endList();
          open.remove(open.size() - 1);
        }
      }
      if (next == null) {
        return writer.toByteArray();
      }
    }
  }
}
