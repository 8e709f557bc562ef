package io.converge.rpc.eth;

import io.converge.crypto.hash.Keccak256;
import io.converge.crypto.secp256k1.Secp256k1;
import io.converge.crypto.secp256k1.Signature;
import io.converge.rpc.error.RpcException;
import io.converge.rpc.method.RpcMethod;
import io.converge.rpc.method.RpcRequest;
import io.converge.rpc.param.BlockTag;
import io.converge.rpc.param.ParamType;
import io.converge.txpool.AdmissionResult;
import io.converge.types.Address;
import io.converge.types.Bytes;
import io.converge.types.Hash;
import io.converge.types.Wei;
import io.converge.types.block.BlockHeader;
import io.converge.types.transaction.AccessList;
import io.converge.types.transaction.AccessListTransaction;
import io.converge.types.transaction.DynamicFeeTransaction;
import io.converge.types.transaction.LegacyTransaction;
import io.converge.types.transaction.Transaction;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Methods that put transactions into the pool or sign with the unlocked dev accounts. */
final class Submissions {
  private final EthApiContext ctx;
  private final ChainView view;
  private final CallExecutor calls;
  private final Fees fees;

  Submissions(EthApiContext ctx, ChainView view, CallExecutor calls, Fees fees) {
    this.ctx = ctx;
    this.view = view;
    this.calls = calls;
    this.fees = fees;
  }

  List<RpcMethod> methods() {
    return List.of(
        RpcMethod.of("eth_sendRawTransaction", r -> {
          r.params().expectAtMost(1);
          return submit(r.params().required(0, ParamType.DATA).toArray());
        }),
        RpcMethod.of("eth_sendTransaction", this::sendTransaction),
        RpcMethod.of("eth_signTransaction", r -> {
          r.params().expectAtMost(1);
          Transaction tx = signed(r.params().required(0, CallArgs.TYPE));
          return java.util.Map.of("raw", tx.encoded(), "tx", TransactionJson.pending(tx));
        }),
        RpcMethod.of("eth_sign", this::sign),
        RpcMethod.of("eth_signTypedData_v4", r -> {
          r.params().expectAtMost(2);
          Address address = r.params().required(0, ParamType.ADDRESS);
          TypedData data = r.params().required(1, TypedData.TYPE);
          byte[] key = keyOf(address);
          Hash digest;
          try {
            digest = data.digest();
          } catch (io.converge.rpc.param.InvalidParamException e) {
            throw RpcException.invalidParams("invalid argument 1: " + e.getMessage());
          }
          return signatureBytes(Secp256k1.best().sign(digest.unsafeArray(), key));
        }));
  }

  private Hash submit(byte[] raw) throws RpcException {
    AdmissionResult result = ctx.pool().addRaw(raw);
    if (result instanceof AdmissionResult.Added a) {
      return a.hash();
    }
    if (result instanceof AdmissionResult.Replaced rep) {
      return rep.replacement();
    }
    throw RpcException.serverError(((AdmissionResult.Rejected) result).message());
  }

  private Object sendTransaction(RpcRequest r) throws RpcException {
    r.params().expectAtMost(1);
    Transaction tx = signed(r.params().required(0, CallArgs.TYPE));
    return submit(tx.encoded().toArray());
  }

  /** Fills the call object as Geth's {@code setDefaults} does and signs it with the sender's unlocked key. */
  private Transaction signed(CallArgs args) throws RpcException {
    Address from = args.from().orElseThrow(() -> RpcException.serverError("from address is required"));
    byte[] key = keyOf(from);
    if (args.chainId().isPresent() && args.chainId().getAsLong() != ctx.chainId().value()) {
      throw RpcException.serverError("chainId does not match node's (have=" + args.chainId().getAsLong()
          + ", want=" + ctx.chainId().value() + ")");
    }
    if (args.to().isEmpty() && args.data().isEmpty()) {
      throw RpcException.serverError("contract creation without any data provided");
    }
    long nonce = args.nonce().orElse(ctx.pool().nextNonce(from));
    BlockHeader head = view.requireHeader(BlockTag.LATEST);
    long gas = args.gas().isPresent() ? args.gas().getAsLong()
        : calls.estimate(head, args, StateOverrides.NONE);
    Wei value = args.value().orElse(Wei.ZERO);
    AccessList accessList = args.accessList().orElse(AccessList.EMPTY);
    Transaction unsigned;
    if (args.gasPrice().isPresent()) {
      unsigned = args.accessList().isPresent()
          ? AccessListTransaction.unsigned(ctx.chainId(), nonce, args.gasPrice().get(), gas, args.to(), value,
              args.data(), accessList)
          : LegacyTransaction.unsigned(nonce, args.gasPrice().get(), gas, args.to(), value, args.data(),
              Optional.of(ctx.chainId()));
    } else {
      Wei tip = args.maxPriorityFeePerGas().orElse(fees.suggestedTip());
      Wei baseFee = head.baseFeePerGas().orElse(Wei.ZERO);
      Wei feeCap = args.maxFeePerGas()
          .orElse(new Wei(baseFee.value().shiftLeft(1).add(tip.value())));
      if (feeCap.value().compareTo(tip.value()) < 0) {
        throw RpcException.serverError("maxFeePerGas (" + feeCap.value() + ") < maxPriorityFeePerGas ("
            + tip.value() + ")");
      }
      unsigned = DynamicFeeTransaction.unsigned(ctx.chainId(), nonce, tip, feeCap, gas, args.to(), value,
          args.data(), accessList);
    }
    return unsigned.signedWith(key, Secp256k1.best());
  }

  private Object sign(RpcRequest r) throws RpcException {
    r.params().expectAtMost(2);
    Address address = r.params().required(0, ParamType.ADDRESS);
    Bytes data = r.params().required(1, ParamType.DATA);
    byte[] key = keyOf(address);
    return signatureBytes(Secp256k1.best().sign(eip191Hash(data).unsafeArray(), key));
  }

  /** EIP-191 version 0x45: keccak256("\x19Ethereum Signed Message:\n" + len(data) + data). */
  static Hash eip191Hash(Bytes data) {
    byte[] prefix = ("\u0019Ethereum Signed Message:\n" + data.size()).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[prefix.length + data.size()];
    System.arraycopy(prefix, 0, all, 0, prefix.length);
    System.arraycopy(data.unsafeArray(), 0, all, prefix.length, data.size());
    return Hash.wrap(Keccak256.hash(all));
  }

  /** r || s || v with v = 27 + recovery id, as Geth's signers return it. */
  static Bytes signatureBytes(Signature sig) {
    byte[] out = new byte[65];
    System.arraycopy(ChainReads.toWord(sig.r()), 0, out, 0, 32);
    System.arraycopy(ChainReads.toWord(sig.s()), 0, out, 32, 32);
    out[64] = (byte) (27 + sig.recoveryId());
    return Bytes.wrap(out);
  }

  private byte[] keyOf(Address address) throws RpcException {
    return ctx.accounts().keyOf(address).orElseThrow(() -> RpcException.serverError("unknown account"));
  }

}
