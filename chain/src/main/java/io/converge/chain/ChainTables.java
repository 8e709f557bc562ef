package io.converge.chain;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.storage.Codec;
import io.converge.storage.Segment;
import io.converge.storage.Table;
import io.converge.types.Bytes;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.block.BlockBody;
import io.converge.types.block.BlockHeader;
import io.converge.types.receipt.Receipt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The chain's tables: what is stored under which key, and how. */
final class ChainTables {
  private ChainTables() {}

  static final Table<Hash, BlockHeader> HEADERS = Table.of(Segment.HEADERS, Codec.HASH, new HeaderCodec());
  static final Table<Hash, BlockBody> BODIES = Table.of(Segment.BLOCKS, Codec.HASH, new BodyCodec());
  static final Table<Hash, List<Receipt>> RECEIPTS = Table.of(Segment.RECEIPTS, Codec.HASH, new ReceiptsCodec());
  /** Canonical block hash by number. */
  static final Table<Long, Hash> CANONICAL =
      Table.of(Segment.INDICES, Bytes.of((byte) 'n'), Codec.UINT64, Codec.HASH);
  /** Canonical transaction location by transaction hash. */
  static final Table<Hash, TransactionLocation> TX_LOCATIONS =
      Table.of(Segment.INDICES, Bytes.of((byte) 't'), Codec.HASH, new LocationCodec());
  /** Total difficulty by block hash. */
  static final Table<Hash, BigInteger> TOTAL_DIFFICULTY =
      Table.of(Segment.INDICES, Bytes.of((byte) 'd'), Codec.HASH, new BigIntegerCodec());
  static final Table<String, Hash> META = Table.of(Segment.META, Codec.UTF8, Codec.HASH);
  static final String HEAD = "chain.head";
  static final String GENESIS = "chain.genesis";

  private static final class HeaderCodec implements Codec<BlockHeader> {
    @Override
    public byte[] encode(BlockHeader value) {
      return value.encoded();
    }

    @Override
    public BlockHeader decode(byte[] bytes) {
      try {
        return BlockHeader.decode(bytes);
      } catch (DecodingException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  private static final class BodyCodec implements Codec<BlockBody> {
    @Override
    public byte[] encode(BlockBody value) {
      return value.encoded();
    }

    @Override
    public BlockBody decode(byte[] bytes) {
      try {
        return BlockBody.decode(bytes);
      } catch (DecodingException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  /** An RLP list of the receipts' canonical encodings, each as a byte string. */
  private static final class ReceiptsCodec implements Codec<List<Receipt>> {
    @Override
    public byte[] encode(List<Receipt> value) {
      RlpWriter w = new RlpWriter();
      w.startList();
      for (Receipt r : value) {
        w.writeBytes(r.encoded());
      }
      return w.endList().toByteArray();
    }

    @Override
    public List<Receipt> decode(byte[] bytes) {
      try {
        RlpReader r = new RlpReader(bytes);
        r.enterList();
        List<Receipt> out = new ArrayList<>();
        while (r.hasMoreInList()) {
          out.add(Receipt.decode(r.readBytes()));
        }
        r.leaveList();
        r.finish();
        return out;
      } catch (RlpException | DecodingException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  /** {@code rlp([blockHash, blockNumber, index])}. */
  private static final class LocationCodec implements Codec<TransactionLocation> {
    @Override
    public byte[] encode(TransactionLocation value) {
      return new RlpWriter().startList().writeBytes(value.blockHash().unsafeArray()).writeLong(value.blockNumber())
          .writeInt(value.index()).endList().toByteArray();
    }

    @Override
    public TransactionLocation decode(byte[] bytes) {
      try {
        RlpReader r = new RlpReader(bytes);
        r.enterList();
        TransactionLocation loc = new TransactionLocation(Hash.fromRlp(r), r.readLong(), r.readInt());
        r.leaveList();
        r.finish();
        return loc;
      } catch (RlpException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
  }

  private static final class BigIntegerCodec implements Codec<BigInteger> {
    @Override
    public byte[] encode(BigInteger value) {
      return value.toByteArray();
    }

    @Override
    public BigInteger decode(byte[] bytes) {
      return new BigInteger(1, bytes);
    }
  }
}
