package io.converge.types.transaction;

import io.converge.crypto.secp256k1.Signature;
import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;

/**
 * What the EIP-2718 typed transactions share: the encoding {@code type || rlp([chainId, nonce, fees, gasLimit, to,
 * value, data, accessList, <the type's own fields>, yParity, r, s])}, whose signed payload is the same without the
 * signature.
 */
abstract class TypedTransactionCore extends TransactionCore {
  private static final int SHARED_FIELDS_SIZE = 160;

  TypedTransactionCore(TransactionBody body, Signature signature, byte[] knownEncoding) {
    super(body, signature, knownEncoding);
  }

  /** Opens the payload list that follows the type byte at {@code in[offset]}. */
  static RlpReader openPayload(byte[] in, int offset, int length) throws RlpException {
    RlpReader reader = new RlpReader(in, offset + 1, length - 1);
    reader.enterList();
    return reader;
  }

  /** Reads the {@code yParity, r, s} that end the payload, and checks that nothing follows. */
  static Signature readSignatureAndEnd(RlpReader reader) throws RlpException {
    Signature signature = TransactionFields.readSignature(reader);
    reader.leaveList();
    reader.finish();
    return signature;
  }

  /** Writes the fields the type adds after the access list; EIP-2930 and EIP-1559 add none. */
  void writeTypeFields(RlpWriter writer) {}

  /** About how many bytes {@link #writeTypeFields} writes, to size the buffer. */
  int typeFieldsSize() {
    return 0;
  }

  @Override
  final byte[] encode() {
    return write(true);
  }

  @Override
  final byte[] signingPayload() {
    return write(false);
  }

  private byte[] write(boolean withSignature) {
    RlpWriter writer = new RlpWriter(SHARED_FIELDS_SIZE + data().size() + typeFieldsSize() + 8);
    // The type byte is itself a valid one-byte RLP item.
    writer.writeRaw(new byte[] {(byte) type().typeByte()});
    writer.startList();
    body().writeTyped(writer, type());
    writeTypeFields(writer);
    if (withSignature) {
      TransactionFields.writeSignature(writer, signature());
    }
    return writer.endList().toByteArray();
  }
}
