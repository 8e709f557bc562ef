package io.converge.chain;

import io.converge.types.Hash;

/** The verdict on a request to make a known block the head (forkchoice from a consensus client). */
public sealed interface SetHeadResult {
  record HeadSet(Hash head) implements SetHeadResult {}

  record UnknownBlock(Hash hash) implements SetHeadResult {}
}
