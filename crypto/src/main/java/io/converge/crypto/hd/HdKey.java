package io.converge.crypto.hd;

import io.converge.crypto.hash.Ripemd160;
import io.converge.crypto.hash.Sha256;
import io.converge.crypto.secp256k1.Secp256k1;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A BIP-32 extended private key: a secp256k1 private key with the chain code that lets it derive
 * children, and where it sits in the tree.
 *
 * <p>Not a record, because it is a secret: {@link #toString()} shows only the path, and the
 * accessors return copies.
 */
public final class HdKey {
  private static final byte[] MASTER_HMAC_KEY = "Bitcoin seed".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_DEPTH = 255; // one byte in the serialized form
  private static final int XPRV_VERSION = 0x0488ADE4; // mainnet, prints as "xprv"
  private static final int XPUB_VERSION = 0x0488B21E; // mainnet, prints as "xpub"

  private final byte[] privateKey;
  private final byte[] chainCode;
  private final DerivationPath path;
  private final int parentFingerprint;
  // Deriving a child needs the parent's public key; computing it once keeps a path walk linear.
  private final byte[] publicKey64;

  private HdKey(byte[] privateKey, byte[] chainCode, DerivationPath path, int parentFingerprint) {
    this.privateKey = privateKey;
    this.chainCode = chainCode;
    this.path = path;
    this.parentFingerprint = parentFingerprint;
    this.publicKey64 = Secp256k1.best().publicKey(privateKey);
  }

  /**
   * The master key of a seed (BIP-32 allows 16 to 64 bytes; BIP-39 seeds are 64): HMAC-SHA512 keyed
   * with "Bitcoin seed", left half the key, right half the chain code.
   */
  public static HdKey master(byte[] seed) {
    if (seed.length < 16 || seed.length > 64) {
      throw new IllegalArgumentException("seed must be 16 to 64 bytes, got " + seed.length);
    }
    byte[] i = hmacSha512(MASTER_HMAC_KEY, seed);
    byte[] key = Arrays.copyOfRange(i, 0, 32);
    BigInteger k = new BigInteger(1, key);
    if (k.signum() == 0 || k.compareTo(Secp256k1.CURVE_ORDER) >= 0) {
      // Probability below 2^-127: BIP-32 declares such a seed invalid.
      throw new IllegalArgumentException("this seed gives no valid master key (BIP-32)");
    }
    return new HdKey(key, Arrays.copyOfRange(i, 32, 64), DerivationPath.MASTER, 0);
  }

  /**
   * The key at {@code path}, which must start here: derive from the master key for absolute paths.
   */
  public HdKey derive(DerivationPath path) {
    HdKey key = this;
    for (ChildNumber step : path.steps()) {
      key = key.child(step);
    }
    return key;
  }

  /**
   * CKDpriv: the private child, hardened (from the private key) or normal (from the public key).
   */
  public HdKey child(ChildNumber number) {
    if (path.depth() >= MAX_DEPTH) {
      throw new IllegalStateException("BIP-32 keys are at most " + MAX_DEPTH + " levels deep");
    }
    ByteBuffer data = ByteBuffer.allocate(37);
    if (number.hardened()) {
      data.put((byte) 0).put(privateKey);
    } else {
      data.put(compressedPublicKey());
    }
    data.putInt(number.serialized());
    byte[] i = hmacSha512(chainCode, data.array());
    BigInteger tweak = new BigInteger(1, Arrays.copyOfRange(i, 0, 32));
    BigInteger child = tweak.add(new BigInteger(1, privateKey)).mod(Secp256k1.CURVE_ORDER);
    if (tweak.compareTo(Secp256k1.CURVE_ORDER) >= 0 || child.signum() == 0) {
      // Probability below 2^-127. BIP-32 says to move on to the next index, which a caller
      // asking for this exact path must decide to do.
      throw new IllegalStateException("child " + number + " of " + path + " is invalid (BIP-32)");
    }
    return new HdKey(
        unsigned32Bytes(child), Arrays.copyOfRange(i, 32, 64), path.child(number), fingerprint());
  }

  public byte[] privateKey() {
    return privateKey.clone();
  }

  public byte[] chainCode() {
    return chainCode.clone();
  }

  /** The public key as {@link Secp256k1} uses it: x || y, 64 bytes. */
  public byte[] publicKey() {
    return publicKey64.clone();
  }

  /** SEC1 compressed public key: 0x02 or 0x03 (y even or odd), then x. */
  public byte[] compressedPublicKey() {
    byte[] out = new byte[33];
    out[0] = (byte) ((publicKey64[63] & 1) == 0 ? 0x02 : 0x03);
    System.arraycopy(publicKey64, 0, out, 1, 32);
    return out;
  }

  public AccountAddress address() {
    return AccountAddress.fromPublicKey(publicKey64);
  }

  public DerivationPath path() {
    return path;
  }

  public int depth() {
    return path.depth();
  }

  /** The last step of the path; 0 (normal) for the master key, as BIP-32 serializes it. */
  public ChildNumber childNumber() {
    return path.steps().isEmpty() ? ChildNumber.normal(0) : path.steps().get(path.depth() - 1);
  }

  /** The first 4 bytes of HASH160 of the compressed public key: how children name their parent. */
  public int fingerprint() {
    return ByteBuffer.wrap(Ripemd160.hash(Sha256.hash(compressedPublicKey()))).getInt();
  }

  public int parentFingerprint() {
    return parentFingerprint;
  }

  /** The BIP-32 extended private key, mainnet version ("xprv..."). */
  public String toXprv() {
    byte[] key = new byte[33];
    System.arraycopy(privateKey, 0, key, 1, 32);
    return serialize(XPRV_VERSION, key);
  }

  /** The BIP-32 extended public key, mainnet version ("xpub..."). */
  public String toXpub() {
    return serialize(XPUB_VERSION, compressedPublicKey());
  }

  /** Shows only where the key sits in the tree: the key material is secret. */
  @Override
  public String toString() {
    return "HdKey[" + path + "]";
  }

  private String serialize(int version, byte[] key33) {
    ByteBuffer out = ByteBuffer.allocate(78);
    out.putInt(version)
        .put((byte) depth())
        .putInt(parentFingerprint)
        .putInt(childNumber().serialized())
        .put(chainCode)
        .put(key33);
    return Base58Check.encode(out.array());
  }

  private static byte[] hmacSha512(byte[] key, byte[] data) {
    HMac hmac = new HMac(new SHA512Digest());
    hmac.init(new KeyParameter(Objects.requireNonNull(key)));
    hmac.update(data, 0, data.length);
    byte[] out = new byte[64];
    hmac.doFinal(out, 0);
    return out;
  }

  private static byte[] unsigned32Bytes(BigInteger value) {
    byte[] bytes = value.toByteArray();
    byte[] out = new byte[32];
    int len = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - len, out, 32 - len, len);
    return out;
  }
}
