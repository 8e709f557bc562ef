package io.converge.rpc.jsonrpc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.io.IOException;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * The JSON conventions of the Ethereum API in one place: data (addresses, hashes, byte strings) as even-length hex,
 * numbers ({@code Wei}, {@code UInt256}) as minimal-hex quantities, ids echoed exactly as sent.
 */
public final class RpcJson {
  // Real requests nest a few levels; a hostile one should not cost a deep recursion.
  private static final int MAX_NESTING = 128;

  private RpcJson() {}

  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
        .build();
    ObjectMapper mapper = new ObjectMapper(factory);
    // Ids such as 1.50 or 12345678901234567890 come back exactly as the caller wrote them.
    mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    mapper.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    SimpleModule ethereum = new SimpleModule("ethereum-wire-format");
    ethereum.addSerializer(Address.class, text(Address::toHex));
    ethereum.addSerializer(Hash.class, text(Hash::toHex));
    ethereum.addSerializer(Bytes.class, text(Bytes::toHex));
    ethereum.addSerializer(Wei.class, text(w -> quantity(w.value())));
    ethereum.addSerializer(UInt256.class, text(u -> quantity(u.value())));
    mapper.registerModule(ethereum);
    return mapper;
  }

  private static String quantity(BigInteger value) {
    return "0x" + value.toString(16);
  }

  private static <T> JsonSerializer<T> text(Function<T, String> format) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeString(format.apply(value));
      }
    };
  }
}
