package io.converge.storage.memory;

import io.converge.storage.KeyValueStore;
import io.converge.storage.KeyValueStoreContractTest;

class InMemoryStoreTest extends KeyValueStoreContractTest {
  @Override
  protected KeyValueStore openStore() {
    return new InMemoryStore();
  }
}
