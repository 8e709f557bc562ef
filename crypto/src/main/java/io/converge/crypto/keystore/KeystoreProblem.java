package io.converge.crypto.keystore;

import io.converge.crypto.hd.AccountAddress;
import java.util.Objects;

/** Why a key file could not be read or decrypted. */
public sealed interface KeystoreProblem {
  String describe();

  /** The text is not JSON at all. */
  record NotJson(String reason) implements KeystoreProblem {
    public NotJson {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return "not a JSON document: " + reason;
    }
  }

  /** A field is missing or has the wrong type, length or value; {@code field} is its JSON path. */
  record MalformedField(String field, String reason) implements KeystoreProblem {
    public MalformedField {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return "key file field " + field + ": " + reason;
    }
  }

  /** Version 1 and 2 files predate the definition; only version 3 is read. */
  record UnsupportedVersion(String version) implements KeystoreProblem {
    public UnsupportedVersion {
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String describe() {
      return "key file version " + version + " is not supported, only version 3";
    }
  }

  /** A key derivation function other than scrypt and PBKDF2-HMAC-SHA256. */
  record UnsupportedKdf(String kdf) implements KeystoreProblem {
    public UnsupportedKdf {
      Objects.requireNonNull(kdf, "kdf");
    }

    @Override
    public String describe() {
      return "key derivation function \"" + kdf + "\" is not supported (scrypt, pbkdf2 are)";
    }
  }

  /** A cipher other than AES-128-CTR. */
  record UnsupportedCipher(String cipher) implements KeystoreProblem {
    public UnsupportedCipher {
      Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public String describe() {
      return "cipher \"" + cipher + "\" is not supported (aes-128-ctr is)";
    }
  }

  /** The MAC does not match: the password is wrong (or the file was altered). */
  record WrongPassword() implements KeystoreProblem {
    @Override
    public String describe() {
      return "wrong password (the key file's MAC does not match)";
    }
  }

  /** The password is right but the key inside belongs to another address than the file says. */
  record AddressMismatch(AccountAddress stated, AccountAddress actual) implements KeystoreProblem {
    public AddressMismatch {
      Objects.requireNonNull(stated, "stated");
      Objects.requireNonNull(actual, "actual");
    }

    @Override
    public String describe() {
      return "the key file says it holds "
          + stated.toChecksumHex()
          + " but its key belongs to "
          + actual.toChecksumHex();
    }
  }
}
