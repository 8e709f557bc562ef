package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Wei;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Field codecs the transaction types share. */
final class TransactionFields {
  private TransactionFields() {}

  /** The recipient field: the empty string for a contract creation, else exactly 20 bytes. */
  static Optional<Address> readTo(RlpReader reader) throws RlpException {
    if (reader.nextIsEmptyString()) {
      reader.readBytes();
      return Optional.empty();
    }
    return Optional.of(Address.fromRlp(reader));
  }

  static void writeTo(RlpWriter writer, Optional<Address> to) {
    writer.writeBytes(to.isPresent() ? to.get().unsafeArray() : new byte[0]);
  }

  static Wei readWei(RlpReader reader) throws RlpException {
    return new Wei(reader.readUInt256());
  }

  static Bytes readData(RlpReader reader) throws RlpException {
    return Bytes.wrap(reader.readBytes());
  }

  static ChainId readChainId(RlpReader reader) throws RlpException {
    int at = reader.position();
    long value = reader.readLong();
    if (value < 0) {
      throw new RlpException("chain id too large", at, Long.toUnsignedString(value) + " is 2^63 or more");
    }
    return new ChainId(value);
  }

  /** Reads the {@code y_parity, r, s} that end every typed transaction. */
  static Signature readSignature(RlpReader reader) throws RlpException {
    int at = reader.position();
    long yParity = reader.readLong();
    if (yParity != 0 && yParity != 1) {
      throw new RlpException("y parity must be 0 or 1", at, Long.toUnsignedString(yParity));
    }
    return new Signature(reader.readUInt256(), reader.readUInt256(), (int) yParity);
  }

  static void writeSignature(RlpWriter writer, Signature signature) {
    writer.writeInt(signature.recoveryId()).writeBigInteger(signature.r()).writeBigInteger(signature.s());
  }

  /** Reads one item of an RLP list. */
  @FunctionalInterface
  interface ItemReader<T> {
    T read(RlpReader reader) throws RlpException;
  }

  /** Reads an RLP list whose items {@code item} reads. */
  static <T> List<T> readList(RlpReader reader, ItemReader<T> item) throws RlpException {
    List<T> items = new ArrayList<>();
    reader.enterList();
    while (reader.hasMoreInList()) {
      items.add(item.read(reader));
    }
    reader.leaveList();
    return items;
  }
}
