package io.converge.types.block;

import io.converge.rlp.RlpException;
import io.converge.rlp.RlpReader;
import io.converge.rlp.RlpWriter;
import io.converge.types.Address;
import io.converge.types.Wei;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A validator withdrawal pushed from the beacon chain (EIP-4895): {@code rlp([index, validatorIndex, address,
 * amount])}, the amount in Gwei. All numbers are unsigned 64-bit values.
 */
public record Withdrawal(long index, long validatorIndex, Address address, long amountGwei) {
  private static final BigInteger WEI_PER_GWEI = BigInteger.valueOf(1_000_000_000L);

  public Withdrawal {
    Objects.requireNonNull(address, "address");
  }

  /** The amount credited, in wei. */
  public Wei amount() {
    return new Wei(new BigInteger(Long.toUnsignedString(amountGwei)).multiply(WEI_PER_GWEI));
  }

  public static Withdrawal readFrom(RlpReader reader) throws RlpException {
    reader.enterList();
    long index = reader.readLong();
    long validatorIndex = reader.readLong();
    Address address = Address.fromRlp(reader);
    long amount = reader.readLong();
    reader.leaveList();
    return new Withdrawal(index, validatorIndex, address, amount);
  }

  public void writeTo(RlpWriter writer) {
    writer.startList().writeLong(index).writeLong(validatorIndex).writeBytes(address.unsafeArray())
        .writeLong(amountGwei).endList();
  }
}
