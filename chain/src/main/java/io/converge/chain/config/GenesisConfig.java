package io.converge.chain.config;

import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A chain's genesis as a Geth-style {@code genesis.json} describes it: the chain id and fork schedule ({@code config}),
 * the genesis header's fields and the allocation. Fields a fork adds to headers (base fee, blob gas) are optional here
 * and take their defaults when the genesis block is built.
 */
public record GenesisConfig(
    ChainId chainId,
    ForkSchedule forks,
    Map<Fork, BlobSchedule> blobSchedule,
    long nonce,
    long timestamp,
    Bytes extraData,
    long gasLimit,
    UInt256 difficulty,
    Hash mixHash,
    Address coinbase,
    Hash parentHash,
    long number,
    SortedMap<Address, GenesisAccount> alloc,
    Optional<Wei> baseFeePerGas,
    OptionalLong excessBlobGas,
    OptionalLong blobGasUsed) {

  public GenesisConfig {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(forks, "forks");
    blobSchedule = blobSchedule.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(blobSchedule));
    Objects.requireNonNull(extraData, "extraData");
    Objects.requireNonNull(difficulty, "difficulty");
    Objects.requireNonNull(mixHash, "mixHash");
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(parentHash, "parentHash");
    alloc = Collections.unmodifiableSortedMap(new TreeMap<>(alloc));
    Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
    Objects.requireNonNull(excessBlobGas, "excessBlobGas");
    Objects.requireNonNull(blobGasUsed, "blobGasUsed");
  }

  /** Parses a Geth-style genesis file's JSON text. */
  public static GenesisConfig parse(String json) throws GenesisConfigException {
    return GenesisJson.parse(json);
  }

  public static GenesisConfig read(Path file) throws IOException, GenesisConfigException {
    return parse(Files.readString(file));
  }

  /** The fork of the genesis block itself. */
  public Fork genesisFork() {
    return forks.forkAt(number, timestamp, forks.isMerged(difficulty.value()));
  }
}
