package io.converge.types.block;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.DecodingException;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a block carries besides its header: {@code rlp([transactions, ommers, withdrawals?])}. Withdrawals exist from
 * Shanghai on (EIP-4895); an empty list and an absent list are different blocks.
 */
public record BlockBody(List<Transaction> transactions, List<BlockHeader> ommers,
    Optional<List<Withdrawal>> withdrawals) {
  public static final BlockBody EMPTY = new BlockBody(List.of(), List.of(), Optional.empty());

  public BlockBody {
    transactions = List.copyOf(transactions);
    ommers = List.copyOf(ommers);
    withdrawals = withdrawals.map(List::copyOf);
  }

  public byte[] encoded() {
    RlpWriter w = new RlpWriter(256 * (1 + transactions.size()));
    writeTo(w);
    return w.toByteArray();
  }

  /** Writes the body as one RLP list, as a peer's block-bodies message carries it. */
  public void writeTo(RlpWriter w) {
    w.startList();
    writeItems(w);
    w.endList();
  }

  /** Writes the body's lists without a list around them, as they follow the header inside a block. */
  void writeItems(RlpWriter w) {
    w.startList();
    for (Transaction tx : transactions) {
      tx.writeTo(w);
    }
    w.endList().startList();
    for (BlockHeader ommer : ommers) {
      ommer.writeTo(w);
    }
    w.endList();
    withdrawals.ifPresent(list -> {
      w.startList();
      for (Withdrawal withdrawal : list) {
        withdrawal.writeTo(w);
      }
      w.endList();
    });
  }

  public static BlockBody decode(byte[] encoded) throws DecodingException {
    RlpReader r = new RlpReader(encoded);
    try {
      r.enterList();
      BlockBody body = readItems(r, encoded);
      r.leaveList();
      r.finish();
      return body;
    } catch (RlpException e) {
      throw new DecodingException("malformed block body", e);
    }
  }

  /** Reads the body's lists up to the end of the enclosing list; {@code in} is the array {@code r} reads. */
  static BlockBody readItems(RlpReader r, byte[] in) throws RlpException, DecodingException {
    List<Transaction> transactions = new ArrayList<>();
    r.enterList();
    while (r.hasMoreInList()) {
      transactions.add(TransactionDecoder.readFrom(r, in));
    }
    r.leaveList();
    List<BlockHeader> ommers = new ArrayList<>();
    r.enterList();
    while (r.hasMoreInList()) {
      ommers.add(BlockHeader.readFrom(r));
    }
    r.leaveList();
    Optional<List<Withdrawal>> withdrawals = Optional.empty();
    if (r.hasMoreInList()) {
      List<Withdrawal> list = new ArrayList<>();
      r.enterList();
      while (r.hasMoreInList()) {
        list.add(Withdrawal.readFrom(r));
      }
      r.leaveList();
      withdrawals = Optional.of(list);
    }
    return new BlockBody(transactions, ommers, withdrawals);
  }
}
