package io.converge.types.block;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.DecodingException;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.receipt.LogsBloom;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A block header through Prague. The fields after {@code nonce} arrived with later forks and are present as a prefix:
 * base fee (London, EIP-1559), withdrawals root (Shanghai, EIP-4895), blob gas used and excess blob gas (Cancun,
 * EIP-4844), parent beacon block root (Cancun, EIP-4788), requests hash (Prague, EIP-7685). Which of them a fork
 * requires is a rule of {@code protocol}; the codec only keeps them in order.
 *
 * <p>{@code number}, {@code gasLimit}, {@code gasUsed}, {@code timestamp} and {@code nonce} are unsigned 64-bit
 * values. {@code mixHash} is PREVRANDAO after the merge (EIP-4399).
 */
public record BlockHeader(
    Hash parentHash,
    Hash ommersHash,
    Address coinbase,
    Hash stateRoot,
    Hash transactionsRoot,
    Hash receiptsRoot,
    LogsBloom logsBloom,
    UInt256 difficulty,
    long number,
    long gasLimit,
    long gasUsed,
    long timestamp,
    Bytes extraData,
    Hash mixHash,
    long nonce,
    Optional<Wei> baseFeePerGas,
    Optional<Hash> withdrawalsRoot,
    OptionalLong blobGasUsed,
    OptionalLong excessBlobGas,
    Optional<Hash> parentBeaconBlockRoot,
    Optional<Hash> requestsHash) {

  /** Keccak-256 of the empty RLP list: the ommers hash of every block without ommers (all blocks since the merge). */
  public static final Hash EMPTY_OMMERS_HASH =
      Hash.fromHex("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");

  private static final int NONCE_SIZE = 8;

  public BlockHeader {
    Objects.requireNonNull(parentHash, "parentHash");
    Objects.requireNonNull(ommersHash, "ommersHash");
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(stateRoot, "stateRoot");
    Objects.requireNonNull(transactionsRoot, "transactionsRoot");
    Objects.requireNonNull(receiptsRoot, "receiptsRoot");
    Objects.requireNonNull(logsBloom, "logsBloom");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(extraData, "extraData");
    Objects.requireNonNull(mixHash, "mixHash");
    boolean[] present = {
      baseFeePerGas.isPresent(), withdrawalsRoot.isPresent(), blobGasUsed.isPresent(), excessBlobGas.isPresent(),
      parentBeaconBlockRoot.isPresent(), requestsHash.isPresent()
    };
    for (int i = 1; i < present.length; i++) {
      if (present[i] && !present[i - 1]) {
        throw new IllegalArgumentException("header fields added by forks must be present in order: field "
            + (16 + i) + " is set but field " + (15 + i) + " is not");
      }
    }
  }

  /** PREVRANDAO (EIP-4399): the beacon chain's randomness, carried in the mix hash field since the merge. */
  public Hash prevRandao() {
    return mixHash;
  }

  /** Keccak-256 of the header's encoding. Computed on each call: callers that need it often keep it. */
  public Hash hash() {
    return Hash.keccak256(encoded());
  }

  public byte[] encoded() {
    RlpWriter w = new RlpWriter(640 + extraData.size());
    writeTo(w);
    return w.toByteArray();
  }

  public void writeTo(RlpWriter w) {
    w.startList()
        .writeBytes(parentHash.unsafeArray())
        .writeBytes(ommersHash.unsafeArray())
        .writeBytes(coinbase.unsafeArray())
        .writeBytes(stateRoot.unsafeArray())
        .writeBytes(transactionsRoot.unsafeArray())
        .writeBytes(receiptsRoot.unsafeArray())
        .writeBytes(logsBloom.unsafeArray())
        .writeBigInteger(difficulty.value())
        .writeLong(number)
        .writeLong(gasLimit)
        .writeLong(gasUsed)
        .writeLong(timestamp)
        .writeBytes(extraData.unsafeArray())
        .writeBytes(mixHash.unsafeArray())
        .writeBytes(nonceBytes());
    baseFeePerGas.ifPresent(fee -> w.writeBigInteger(fee.value()));
    withdrawalsRoot.ifPresent(root -> w.writeBytes(root.unsafeArray()));
    blobGasUsed.ifPresent(w::writeLong);
    excessBlobGas.ifPresent(w::writeLong);
    parentBeaconBlockRoot.ifPresent(root -> w.writeBytes(root.unsafeArray()));
    requestsHash.ifPresent(hash -> w.writeBytes(hash.unsafeArray()));
    w.endList();
  }

  private byte[] nonceBytes() {
    byte[] out = new byte[NONCE_SIZE];
    for (int i = 0; i < NONCE_SIZE; i++) {
      out[i] = (byte) (nonce >>> (8 * (NONCE_SIZE - 1 - i)));
    }
    return out;
  }

  public static BlockHeader decode(byte[] encoded) throws DecodingException {
    try {
      RlpReader r = new RlpReader(encoded);
      BlockHeader header = readFrom(r);
      r.finish();
      return header;
    } catch (RlpException e) {
      throw new DecodingException("malformed block header", e);
    }
  }

  public static BlockHeader readFrom(RlpReader r) throws RlpException {
    r.enterList();
    Hash parentHash = Hash.fromRlp(r);
    Hash ommersHash = Hash.fromRlp(r);
    Address coinbase = Address.fromRlp(r);
    Hash stateRoot = Hash.fromRlp(r);
    Hash transactionsRoot = Hash.fromRlp(r);
    Hash receiptsRoot = Hash.fromRlp(r);
    LogsBloom logsBloom = LogsBloom.fromRlp(r);
    UInt256 difficulty = new UInt256(r.readUInt256());
    long number = r.readLong();
    long gasLimit = r.readLong();
    long gasUsed = r.readLong();
    long timestamp = r.readLong();
    Bytes extraData = Bytes.wrap(r.readBytes());
    Hash mixHash = Hash.fromRlp(r);
    int nonceAt = r.position();
    byte[] nonceBytes = r.readBytes();
    if (nonceBytes.length != NONCE_SIZE) {
      throw new RlpException("header nonce must be 8 bytes", nonceAt, "found " + nonceBytes.length);
    }
    long nonce = 0;
    for (byte b : nonceBytes) {
      nonce = (nonce << 8) | (b & 0xff);
    }
    Optional<Wei> baseFee = r.hasMoreInList() ? Optional.of(new Wei(r.readUInt256())) : Optional.empty();
    Optional<Hash> withdrawalsRoot = r.hasMoreInList() ? Optional.of(Hash.fromRlp(r)) : Optional.empty();
    OptionalLong blobGasUsed = r.hasMoreInList() ? OptionalLong.of(r.readLong()) : OptionalLong.empty();
    OptionalLong excessBlobGas = r.hasMoreInList() ? OptionalLong.of(r.readLong()) : OptionalLong.empty();
    Optional<Hash> beaconRoot = r.hasMoreInList() ? Optional.of(Hash.fromRlp(r)) : Optional.empty();
    Optional<Hash> requestsHash = r.hasMoreInList() ? Optional.of(Hash.fromRlp(r)) : Optional.empty();
    r.leaveList();
    return new BlockHeader(parentHash, ommersHash, coinbase, stateRoot, transactionsRoot, receiptsRoot, logsBloom,
        difficulty, number, gasLimit, gasUsed, timestamp, extraData, mixHash, nonce, baseFee, withdrawalsRoot,
        blobGasUsed, excessBlobGas, beaconRoot, requestsHash);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds headers field by field; unset hashes are zero, the ommers hash is that of no ommers. */
  public static final class Builder {
    private Hash parentHash = Hash.ZERO;
    private Hash ommersHash = EMPTY_OMMERS_HASH;
    private Address coinbase = Address.ZERO;
    private Hash stateRoot = Hash.ZERO;
    private Hash transactionsRoot = Hash.ZERO;
    private Hash receiptsRoot = Hash.ZERO;
    private LogsBloom logsBloom = LogsBloom.EMPTY;
    private UInt256 difficulty = UInt256.ZERO;
    private long number;
    private long gasLimit;
    private long gasUsed;
    private long timestamp;
    private Bytes extraData = Bytes.EMPTY;
    private Hash mixHash = Hash.ZERO;
    private long nonce;
    private Optional<Wei> baseFeePerGas = Optional.empty();
    private Optional<Hash> withdrawalsRoot = Optional.empty();
    private OptionalLong blobGasUsed = OptionalLong.empty();
    private OptionalLong excessBlobGas = OptionalLong.empty();
    private Optional<Hash> parentBeaconBlockRoot = Optional.empty();
    private Optional<Hash> requestsHash = Optional.empty();

    private Builder() {}

    private Builder(BlockHeader h) {
      parentHash = h.parentHash;
      ommersHash = h.ommersHash;
      coinbase = h.coinbase;
      stateRoot = h.stateRoot;
      transactionsRoot = h.transactionsRoot;
      receiptsRoot = h.receiptsRoot;
      logsBloom = h.logsBloom;
      difficulty = h.difficulty;
      number = h.number;
      gasLimit = h.gasLimit;
      gasUsed = h.gasUsed;
      timestamp = h.timestamp;
      extraData = h.extraData;
      mixHash = h.mixHash;
      nonce = h.nonce;
      baseFeePerGas = h.baseFeePerGas;
      withdrawalsRoot = h.withdrawalsRoot;
      blobGasUsed = h.blobGasUsed;
      excessBlobGas = h.excessBlobGas;
      parentBeaconBlockRoot = h.parentBeaconBlockRoot;
      requestsHash = h.requestsHash;
    }

    public Builder parentHash(Hash v) {
      parentHash = v;
      return this;
    }

    public Builder ommersHash(Hash v) {
      ommersHash = v;
      return this;
    }

    public Builder coinbase(Address v) {
      coinbase = v;
      return this;
    }

    public Builder stateRoot(Hash v) {
      stateRoot = v;
      return this;
    }

    public Builder transactionsRoot(Hash v) {
      transactionsRoot = v;
      return this;
    }

    public Builder receiptsRoot(Hash v) {
      receiptsRoot = v;
      return this;
    }

    public Builder logsBloom(LogsBloom v) {
      logsBloom = v;
      return this;
    }

    public Builder difficulty(UInt256 v) {
      difficulty = v;
      return this;
    }

    public Builder number(long v) {
      number = v;
      return this;
    }

    public Builder gasLimit(long v) {
      gasLimit = v;
      return this;
    }

    public Builder gasUsed(long v) {
      gasUsed = v;
      return this;
    }

    public Builder timestamp(long v) {
      timestamp = v;
      return this;
    }

    public Builder extraData(Bytes v) {
      extraData = v;
      return this;
    }

    public Builder mixHash(Hash v) {
      mixHash = v;
      return this;
    }

    public Builder nonce(long v) {
      nonce = v;
      return this;
    }

    public Builder baseFeePerGas(Wei v) {
      baseFeePerGas = Optional.of(v);
      return this;
    }

    public Builder withdrawalsRoot(Hash v) {
      withdrawalsRoot = Optional.of(v);
      return this;
    }

    public Builder blobGasUsed(long v) {
      blobGasUsed = OptionalLong.of(v);
      return this;
    }

    public Builder excessBlobGas(long v) {
      excessBlobGas = OptionalLong.of(v);
      return this;
    }

    public Builder parentBeaconBlockRoot(Hash v) {
      parentBeaconBlockRoot = Optional.of(v);
      return this;
    }

    public Builder requestsHash(Hash v) {
      requestsHash = Optional.of(v);
      return this;
    }

    public BlockHeader build() {
      return new BlockHeader(parentHash, ommersHash, coinbase, stateRoot, transactionsRoot, receiptsRoot, logsBloom,
          difficulty, number, gasLimit, gasUsed, timestamp, extraData, mixHash, nonce, baseFeePerGas,
          withdrawalsRoot, blobGasUsed, excessBlobGas, parentBeaconBlockRoot, requestsHash);
    }
  }
}
