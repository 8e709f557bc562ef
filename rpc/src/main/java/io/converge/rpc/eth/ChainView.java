package io.converge.rpc.eth;

import io.converge.chain.Blockchain;
import io.converge.evm.BlockContext;
import io.converge.protocol.fork.BlobGasRules;
import io.converge.protocol.fork.ForkRules;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.param.BlockParameter;
import io.converge.rpc.param.BlockTag;
import io.converge.state.TrieWorldState;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Resolves block parameters to headers and states, and a header to its fork and EVM block context. "pending" reads as
 * "latest" (no pending block is built here); "safe" and "finalized" are the head too, since a dev chain finalizes
 * at once.
 */
public final class ChainView {
  private final EthApiContext ctx;

  public ChainView(EthApiContext ctx) {
    this.ctx = ctx;
  }

  public io.converge.types.ChainId chainId() {
    return ctx.chainId();
  }

  public Blockchain chain() {
    return ctx.blockchain();
  }

  /** The header a parameter names, or empty when the chain has no such block. */
  public Optional<BlockHeader> header(BlockParameter parameter) throws RpcException {
    Blockchain chain = ctx.blockchain();
    if (parameter instanceof BlockTag tag) {
      return switch (tag) {
        case EARLIEST -> chain.header(0);
        case LATEST, PENDING, SAFE, FINALIZED -> Optional.of(chain.head());
      };
    }
    if (parameter instanceof BlockParameter.Number n) {
      return chain.header(n.number());
    }
    BlockParameter.ByHash byHash = (BlockParameter.ByHash) parameter;
    Optional<BlockHeader> header = chain.header(byHash.hash());
    if (header.isEmpty()) {
      throw RpcException.serverError("header for hash not found");
    }
    if (byHash.requireCanonical() && !chain.isCanonical(byHash.hash())) {
      throw RpcException.serverError("hash is not currently canonical");
    }
    return header;
  }

  /** The header for a state read: Geth answers an unknown block with "header not found". */
  public BlockHeader requireHeader(BlockParameter parameter) throws RpcException {
    return header(parameter).orElseThrow(() -> RpcException.serverError("header not found"));
  }

  /** A private, throw-away copy of the state after {@code header}: writes to it are never persisted. */
  public TrieWorldState stateAfter(BlockHeader header) throws RpcException {
    return ctx.blockchain().stateAt(header.hash())
        .orElseThrow(() -> RpcException.serverError("missing trie node for state " + header.stateRoot()));
  }

  public Fork forkOf(BlockHeader header) {
    BigInteger parentTd = header.number() == 0 ? BigInteger.ZERO
        : ctx.blockchain().totalDifficulty(header.parentHash()).orElse(BigInteger.ZERO);
    return ctx.forks().forkAt(header.number(), header.timestamp(), ctx.forks().isMerged(parentTd));
  }

  public Wei blobBaseFee(BlockHeader header) {
    Optional<BlobGasRules> rules = ForkRules.of(forkOf(header)).blobGas();
    return rules.map(r -> new Wei(r.baseFee(header.excessBlobGas().orElse(0)))).orElse(Wei.ZERO);
  }

  /** The EVM's view of {@code header}, as Geth's eth_call uses it: the block itself, not a child of it. */
  public BlockContext blockContext(BlockHeader header) {
    Blockchain chain = ctx.blockchain();
    return new BlockContext(header.coinbase(), header.number(), header.timestamp(), header.gasLimit(),
        header.difficulty(), header.mixHash(), header.baseFeePerGas().orElse(Wei.ZERO), ctx.chainId().value(),
        blobBaseFee(header), n -> chain.canonicalHash(n).orElse(Hash.ZERO));
  }
}
