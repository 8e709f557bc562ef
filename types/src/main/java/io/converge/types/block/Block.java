package io.converge.types.block;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import java.util.Objects;

/** A header and its body: {@code rlp([header, transactions, ommers, withdrawals?])}. */
public record Block(BlockHeader header, BlockBody body) {

  public Block {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(body, "body");
    if (header.withdrawalsRoot().isPresent() != body.withdrawals().isPresent()) {
      throw new IllegalArgumentException(mismatch(header, body));
    }
  }

  public Hash hash() {
    return header.hash();
  }

  public long number() {
    return header.number();
  }

  public byte[] encoded() {
    RlpWriter w = new RlpWriter(1024 + 256 * body.transactions().size());
    w.startList();
    header.writeTo(w);
    body.writeItems(w);
    w.endList();
    return w.toByteArray();
  }

  public static Block decode(byte[] encoded) throws DecodingException {
    RlpReader r = new RlpReader(encoded);
    try {
      r.enterList();
      BlockHeader header = BlockHeader.readFrom(r);
      int bodyAt = r.position();
      BlockBody body = BlockBody.readItems(r, encoded);
      r.leaveList();
      r.finish();
      if (header.withdrawalsRoot().isPresent() != body.withdrawals().isPresent()) {
        throw new DecodingException(mismatch(header, body), bodyAt);
      }
      return new Block(header, body);
    } catch (RlpException e) {
      throw new DecodingException("malformed block", e);
    }
  }

  private static String mismatch(BlockHeader header, BlockBody body) {
    return "withdrawals list " + (body.withdrawals().isPresent() ? "present" : "absent")
        + " but the header's withdrawals root " + (header.withdrawalsRoot().isPresent() ? "present" : "absent");
  }
}
