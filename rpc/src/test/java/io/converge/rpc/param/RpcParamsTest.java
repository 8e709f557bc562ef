package io.converge.rpc.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.converge.rpc.error.ErrorCode;
import io.converge.rpc.error.RpcException;
import io.converge.types.Address;
import io.converge.types.Bytes;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RpcParamsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'\"0x0\"'              | 0",
      "'\"0x2a\"'             | 42",
      "'\"0X2A\"'             | 42",
      "'\"\"'                 | 0",
      "'\"0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff\"' "
          + "| 115792089237316195423570985008687907853269984665640564039457584007913129639935",
  })
  void parsesQuantities(String json, String expected) throws RpcException {
    assertThat(params(json).required(0, ParamType.QUANTITY)).isEqualTo(new BigInteger(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'\"0x01\"'  | hex number with leading zero digits",
      "'\"0x\"'    | hex string \\\"0x\\\"",
      "'\"12\"'    | hex string without 0x prefix",
      "'\"0xzz\"'  | invalid hex string",
      "'\"0x10000000000000000000000000000000000000000000000000000000000000000\"' | hex number > 256 bits",
  })
  void refusesMalformedQuantitiesAsGethDoes(String json, String reason) {
    assertThatThrownBy(() -> params(json).required(0, ParamType.QUANTITY))
        .isInstanceOf(RpcException.class)
        .hasMessage("invalid argument 0: json: cannot unmarshal " + reason.replace("\\\"", "\"")
            + " into Go value of type *hexutil.Big")
        .extracting(e -> ((RpcException) e).code()).isEqualTo(ErrorCode.INVALID_PARAMS);
  }

  @Test
  void refusesLongQuantitiesBeyondSixtyThreeBits() {
    assertThatThrownBy(() -> params("\"0x10000000000000000\"").required(0, ParamType.LONG_QUANTITY))
        .hasMessage("invalid argument 0: json: cannot unmarshal hex number > 64 bits into Go value of type"
            + " hexutil.Uint64");
    assertThatThrownBy(() -> params("\"0x8000000000000000\"").required(0, ParamType.LONG_QUANTITY))
        .hasMessageContaining("hex number > 63 bits");
  }

  @Test
  void parsesAddressesAndExplainsWrongLengths() throws RpcException {
    String hex = "0x" + "ab".repeat(20);
    assertThat(params("\"" + hex + "\"").required(0, ParamType.ADDRESS)).isEqualTo(Address.fromHex(hex));
    assertThatThrownBy(() -> params("\"0x1234\"").required(0, ParamType.ADDRESS))
        .hasMessage("invalid argument 0: hex string has length 4, want 40 for common.Address");
    assertThatThrownBy(() -> params("12").required(0, ParamType.ADDRESS))
        .hasMessage("invalid argument 0: json: cannot unmarshal non-string into Go value of type common.Address");
  }

  @Test
  void parsesDataAndRefusesOddLengths() throws RpcException {
    assertThat(params("\"0x\"").required(0, ParamType.DATA)).isEqualTo(Bytes.EMPTY);
    assertThat(params("\"0x00ff\"").required(0, ParamType.DATA)).isEqualTo(Bytes.of((byte) 0, (byte) 0xff));
    assertThatThrownBy(() -> params("\"0x123\"").required(0, ParamType.DATA))
        .hasMessage("invalid argument 0: json: cannot unmarshal hex string of odd length into Go value of type"
            + " hexutil.Bytes");
  }

  @Test
  void treatsNullAndAbsentAsMissing() throws RpcException {
    RpcParams params = params("null");

    assertThat(params.optional(0, ParamType.BOOLEAN)).isEmpty();
    assertThat(params.optional(3, ParamType.BOOLEAN)).isEmpty();
    assertThatThrownBy(() -> params.required(0, ParamType.BOOLEAN))
        .hasMessage("missing value for required argument 0");
  }

  @Test
  void numbersArgumentsFromTheCallersPointOfViewAfterDrop() throws Exception {
    RpcParams rest = RpcParams.of(JSON.readTree("[\"logs\", 5, 6]").deepCopy()).drop(1);

    assertThatThrownBy(() -> rest.required(0, ParamType.STRING))
        .hasMessage("invalid argument 1: json: cannot unmarshal number into Go value of type string");
    assertThatThrownBy(() -> rest.expectAtMost(1)).hasMessage("too many arguments, want at most 2");
  }

  @Test
  void refusesNonArrayParams() throws Exception {
    assertThatThrownBy(() -> RpcParams.of(JSON.readTree("{\"a\":1}"))).hasMessage("non-array args");
    assertThat(RpcParams.of(null).size()).isZero();
  }

  private static RpcParams params(String firstArgument) {
    try {
      JsonNode array = JSON.readTree("[" + firstArgument + "]");
      return RpcParams.of(array);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
