package io.converge.types.receipt;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An event a contract emitted with LOG0..LOG4: {@code rlp([address, [topic, ...], data])}. */
public record Log(Address address, List<Hash> topics, Bytes data) {
  /** LOG4 is the widest log operation. */
  public static final int MAX_TOPICS = 4;

  public Log {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(data, "data");
    topics = List.copyOf(topics);
    if (topics.size() > MAX_TOPICS) {
      throw new IllegalArgumentException("a log has at most 4 topics, got " + topics.size());
    }
  }

  public static Log readFrom(RlpReader reader) throws RlpException {
    reader.enterList();
    Address address = Address.fromRlp(reader);
    int topicsAt = reader.position();
    reader.enterList();
    List<Hash> topics = new ArrayList<>(MAX_TOPICS);
    while (reader.hasMoreInList()) {
      if (topics.size() == MAX_TOPICS) {
        throw new RlpException("too many log topics", topicsAt, "more than " + MAX_TOPICS);
      }
      topics.add(Hash.fromRlp(reader));
    }
    reader.leaveList();
    Bytes data = Bytes.wrap(reader.readBytes());
    reader.leaveList();
    return new Log(address, topics, data);
  }

  public void writeTo(RlpWriter writer) {
    writer.startList().writeBytes(address.unsafeArray()).startList();
    for (Hash topic : topics) {
      writer.writeBytes(topic.unsafeArray());
    }
    writer.endList().writeBytes(data.unsafeArray()).endList();
  }
}
