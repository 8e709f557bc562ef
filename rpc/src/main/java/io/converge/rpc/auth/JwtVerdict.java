package io.converge.rpc.auth;

import java.util.Objects;

/** Whether a request's token admits it, and if not, why (Geth's wording, shown to the caller). */
public sealed interface JwtVerdict {
  record Accepted() implements JwtVerdict {}

  record Rejected(String reason) implements JwtVerdict {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
