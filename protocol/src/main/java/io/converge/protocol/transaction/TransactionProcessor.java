package io.converge.protocol.transaction;

import io.converge.evm.BlockContext;
import io.converge.evm.ContractAddress;
import io.converge.evm.ExecutionResult;
import io.converge.evm.MessageCall;
import io.converge.evm.TransactionContext;
import io.converge.evm.tracing.Tracer;
import io.converge.evm.world.World;
import io.converge.protocol.fork.ForkRules;
import io.converge.state.TrieWorldState;
import io.converge.types.Address;
import io.converge.types.ChainId;
import io.converge.types.Fork;
import io.converge.types.Hash;
import io.converge.types.UInt256;
import io.converge.types.Wei;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.BlobTransaction;
import io.converge.types.transaction.Transaction;
import io.converge.types.transaction.TransactionValidator;
import io.converge.types.transaction.TransactionValidity;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The state transition of one transaction in one fork (execution-specs {@code process_transaction}): check it against
 * the block and the state, buy gas, bump the nonce, run the message, refund, pay the coinbase, burn the base fee and
 * blob fee, delete self-destructed accounts and (EIP-161) touched accounts left empty.
 *
 * <p>An invalid transaction changes nothing. After an executed one the world's transaction is finished: its writes
 * become the original storage values of the next.
 */
public final class TransactionProcessor {
  private final Fork fork;
  private final ForkRules rules;
  private final TransactionValidator validator;
  private final MessageExecutor executor;

  public TransactionProcessor(Fork fork, ChainId chainId, MessageExecutor executor) {
    this.fork = Objects.requireNonNull(fork, "fork");
    this.rules = ForkRules.of(fork);
    this.validator = new TransactionValidator(chainId);
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  public Fork fork() {
    return fork;
  }

  /** Processes {@code tx} in a block with {@code gasAvailable} gas and {@code blobGasAvailable} blob gas left. */
  public TransactionOutcome process(TrieWorldState world, Transaction tx, BlockContext block, long gasAvailable,
      long blobGasAvailable, Tracer tracer) {
    TransactionValidity validity = validator.validate(tx, fork);
    if (validity instanceof TransactionValidity.Invalid broken) {
      return new TransactionOutcome.Invalid(new InvalidTransaction.StaticRuleBroken(broken));
    }
    TransactionValidity.Valid valid = (TransactionValidity.Valid) validity;
    Address sender = valid.sender();
    Wei baseFee = rules.feeMarket() ? block.baseFee() : Wei.ZERO;
    long blobGas = tx instanceof BlobTransaction b ? rules.blobGas().orElseThrow().blobGas(b.blobVersionedHashes().size()) : 0;

    Optional<InvalidTransaction> invalid = checkAgainstBlockAndState(world, tx, sender, block, baseFee, blobGas,
        gasAvailable, blobGasAvailable);
    if (invalid.isPresent()) {
      return new TransactionOutcome.Invalid(invalid.get());
    }
    return execute(world, tx, sender, valid.intrinsicGas(), block, baseFee, blobGas, tracer);
  }

  private Optional<InvalidTransaction> checkAgainstBlockAndState(World world, Transaction tx, Address sender,
      BlockContext block, Wei baseFee, long blobGas, long gasAvailable, long blobGasAvailable) {
    if (Long.compareUnsigned(tx.gasLimit(), gasAvailable) > 0) {
      return Optional.of(new InvalidTransaction.GasLimitExceedsBlock(gasAvailable, tx.gasLimit()));
    }
    if (rules.feeMarket() && tx.maxFeePerGas().compareTo(baseFee) < 0) {
      return Optional.of(new InvalidTransaction.FeeCapBelowBaseFee(baseFee, tx.maxFeePerGas()));
    }
    BigInteger upFront = unsigned(tx.gasLimit()).multiply(tx.maxFeePerGas().value()).add(tx.value().value());
    if (tx instanceof BlobTransaction blob) {
      if (blob.maxFeePerBlobGas().compareTo(block.blobBaseFee()) < 0) {
        return Optional.of(new InvalidTransaction.BlobFeeCapBelowBlobBaseFee(block.blobBaseFee(),
            blob.maxFeePerBlobGas()));
      }
      if (blobGas > blobGasAvailable) {
        return Optional.of(new InvalidTransaction.BlobGasExceedsBlock(blobGasAvailable, blobGas));
      }
      upFront = upFront.add(BigInteger.valueOf(blobGas).multiply(blob.maxFeePerBlobGas().value()));
    }
    long nonce = world.nonce(sender);
    if (Long.compareUnsigned(tx.nonce(), nonce) < 0) {
      return Optional.of(new InvalidTransaction.NonceTooLow(nonce, tx.nonce()));
    }
    if (Long.compareUnsigned(tx.nonce(), nonce) > 0) {
      return Optional.of(new InvalidTransaction.NonceTooHigh(nonce, tx.nonce()));
    }
    Wei balance = world.balance(sender);
    if (balance.value().compareTo(upFront) < 0) {
      return Optional.of(new InvalidTransaction.InsufficientFunds(upFront, balance));
    }
    Hash codeHash = world.codeHash(sender);
    if (!codeHash.equals(World.EMPTY_CODE_HASH)) {
      return Optional.of(new InvalidTransaction.SenderHasCode(sender, codeHash)); // EIP-3607
    }
    return Optional.empty();
  }

  private TransactionOutcome execute(TrieWorldState world, Transaction tx, Address sender, long intrinsicGas,
      BlockContext block, Wei baseFee, long blobGas, Tracer tracer) {
    Wei gasPrice = tx.effectiveGasPrice(baseFee);
    BigInteger price = gasPrice.value();
    world.setNonce(sender, tx.nonce() + 1);
    BigInteger blobFee = BigInteger.valueOf(blobGas).multiply(block.blobBaseFee().value());
    BigInteger gasFee = unsigned(tx.gasLimit()).multiply(price);
    world.setBalance(sender, new Wei(world.balance(sender).value().subtract(gasFee).subtract(blobFee)));

    long gas = tx.gasLimit() - intrinsicGas;
    Optional<Address> created = Optional.empty();
    MessageCall message;
    if (tx.isContractCreation()) {
      Address contract = ContractAddress.forCreate(sender, tx.nonce());
      created = Optional.of(contract);
      message = MessageCall.create(sender, contract, tx.value(), tx.data(), gas);
    } else {
      message = MessageCall.call(sender, tx.to().orElseThrow(), tx.value(), tx.data(), gas);
    }
    TransactionContext context = new TransactionContext(sender, gasPrice, blobHashes(tx), accessList(tx.accessList()));
    ExecutionResult result = executor.execute(message, world, context, block, tracer);

    long gasLeft = result.gasLeft();
    long gasUsed = tx.gasLimit() - gasLeft;
    long refund = result instanceof ExecutionResult.Success s ? Math.min(gasUsed / rules.refundQuotient(), s.refund()) : 0;
    long charged = gasUsed - refund;
    world.setBalance(sender, world.balance(sender).add(new Wei(unsigned(gasLeft + refund).multiply(price))));

    // The coinbase earns the priority fee; the base fee and the blob fee are burnt.
    BigInteger fee = unsigned(charged).multiply(price.subtract(baseFee.value()));
    Address coinbase = block.coinbase();
    if (!rules.clearsEmptyAccounts() || fee.signum() != 0) {
      world.setBalance(coinbase, world.balance(coinbase).add(new Wei(fee)));
    } else if (world.exists(coinbase) && world.isEmpty(coinbase)) {
      world.deleteAccount(coinbase); // EIP-161: the zero-fee payment touches it
    }

    TransactionOutcome.Executed outcome;
    if (result instanceof ExecutionResult.Success s) {
      for (Address a : s.selfDestructs()) {
        world.deleteAccount(a);
      }
      if (rules.clearsEmptyAccounts()) {
        for (Address a : s.touchedAccounts()) {
          if (world.exists(a) && world.isEmpty(a)) {
            world.deleteAccount(a);
          }
        }
      }
      outcome = new TransactionOutcome.Executed(charged, blobGas, TransactionOutcome.Status.SUCCESS, s.output(),
          s.logs(), created);
    } else {
      TransactionOutcome.Status status = result instanceof ExecutionResult.Revert
          ? TransactionOutcome.Status.REVERTED
          : TransactionOutcome.Status.HALTED;
      outcome = new TransactionOutcome.Executed(charged, blobGas, status, result.output(), List.of(),
          Optional.empty());
    }
    world.finishTransaction();
    return outcome;
  }

  private static List<Hash> blobHashes(Transaction tx) {
    return tx instanceof BlobTransaction b ? b.blobVersionedHashes() : List.of();
  }

  private static List<TransactionContext.AccessListEntry> accessList(AccessList list) {
    List<TransactionContext.AccessListEntry> out = new ArrayList<>(list.entries().size());
    for (AccessList.Entry e : list.entries()) {
      List<UInt256> keys = new ArrayList<>(e.storageKeys().size());
      for (Hash k : e.storageKeys()) {
        keys.add(new UInt256(new BigInteger(1, k.unsafeArray())));
      }
      out.add(new TransactionContext.AccessListEntry(e.address(), keys));
    }
    return out;
  }

  private static BigInteger unsigned(long v) {
    BigInteger b = BigInteger.valueOf(v);
    return v >= 0 ? b : b.add(BigInteger.ONE.shiftLeft(64));
  }
}
