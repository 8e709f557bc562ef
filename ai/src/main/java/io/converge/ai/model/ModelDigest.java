package io.converge.ai.model;

import io.converge.crypto.hash.Sha256;
import java.util.HexFormat;

/** Hex SHA-256, the identity of model files as written in their metadata. */
final class ModelDigest {
  private ModelDigest() {}

  static String hex(byte[] data) {
    return HexFormat.of().formatHex(Sha256.hash(data));
  }
}
