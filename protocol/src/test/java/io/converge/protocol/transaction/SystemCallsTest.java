package io.converge.protocol.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.converge.evm.BlockContext;
import io.converge.protocol.fork.ForkRules;
import io.converge.state.StateDatabase;
import io.converge.state.TrieWorldState;
import io.converge.trie.Trie;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SystemCallsTest {
  /** The EIP-4788 contract's runtime code, as deployed on mainnet and in the official fixtures. */
  private static final Bytes BEACON_ROOTS_CODE = Bytes.fromHex("3373fffffffffffffffffffffffffffffffffffffffe14604d5760"
      + "2036146024575f5ffd5b5f35801560495762001fff810690815414603c575f5ffd5b62001fff01545f5260205ff35b5f5ffd5b62001f"
      + "ff42064281555f359062001fff015500");
  private static final long HISTORY_BUFFER_LENGTH = 8191;
  private static final Hash ROOT = Hash.fromHex("1111111111111111111111111111111111111111111111111111111111111111");
  private static final long TIMESTAMP = 1_710_338_135L;

  private final TrieWorldState world = StateDatabase.inMemory().empty();

  private static BlockContext block() {
    return new BlockContext(Address.ZERO, 1, TIMESTAMP, 30_000_000, UInt256.ZERO, Hash.ZERO, Wei.of(7), 1,
        Wei.of(1), n -> Hash.ZERO);
  }

  private static SystemCalls systemCalls(Fork fork) {
    return new SystemCalls(ForkRules.of(fork), EvmMessageExecutor.forFork(fork));
  }

  @Test
  void storesTheParentBeaconRootByTimestamp() {
    world.setCode(ForkRules.BEACON_ROOTS_ADDRESS, BEACON_ROOTS_CODE);
    world.rootHash();

    systemCalls(Fork.CANCUN).storeBeaconRoot(world, block(), ROOT);

    long index = TIMESTAMP % HISTORY_BUFFER_LENGTH;
    assertThat(world.storage(ForkRules.BEACON_ROOTS_ADDRESS, UInt256.of(index))).isEqualTo(UInt256.of(TIMESTAMP));
    assertThat(world.storage(ForkRules.BEACON_ROOTS_ADDRESS, UInt256.of(index + HISTORY_BUFFER_LENGTH)))
        .isEqualTo(new UInt256(new BigInteger(1, ROOT.unsafeArray())));
    assertThat(world.exists(SystemCalls.SYSTEM_ADDRESS)).isFalse();
  }

  @Test
  void withoutTheContractTheCallChangesNothing() {
    systemCalls(Fork.CANCUN).storeBeaconRoot(world, block(), ROOT);
    assertThat(world.rootHash()).isEqualTo(Trie.EMPTY_ROOT);
  }

  @Test
  void beforeCancunThereIsNoCall() {
    world.setCode(ForkRules.BEACON_ROOTS_ADDRESS, BEACON_ROOTS_CODE);
    Hash before = world.rootHash();
    systemCalls(Fork.SHANGHAI).storeBeaconRoot(world, block(), ROOT);
    assertThat(world.rootHash()).isEqualTo(before);
  }
}
