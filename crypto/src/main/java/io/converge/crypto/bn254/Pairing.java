package io.converge.crypto.bn254;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The optimal-ate pairing e: G1 × G2 → GT on BN254, and the product check the EIP-197 precompile performs. */
public final class Pairing {
  /** One factor e(p, q) of a pairing product. */
  public record Term(G1Point p, G2Point q) {
    public Term {
      Objects.requireNonNull(p, "p");
      Objects.requireNonNull(q, "q");
    }
  }

  private Pairing() {}

  /** Whether e(p1, q1) · … · e(pk, qk) = 1; true for no terms. Pairs with a point at infinity contribute 1. */
  public static boolean productIsOne(List<Term> terms) {
    return millerProduct(terms).map(f -> FinalExponentiation.apply(f).isOne()).orElse(true);
  }

  /** e(p, q) itself, for tests of bilinearity. */
  static Fp12 pair(G1Point p, G2Point q) {
    return millerProduct(List.of(new Term(p, q))).map(FinalExponentiation::apply).orElse(Fp12.ONE);
  }

  private static Optional<Fp12> millerProduct(List<Term> terms) {
    List<AffinePoint<Fp>> ps = new ArrayList<>(terms.size());
    List<AffinePoint<Fp2>> qs = new ArrayList<>(terms.size());
    for (Term t : terms) {
      if (!t.p().isInfinity() && !t.q().isInfinity()) {
        ps.add(t.p().affine());
        qs.add(t.q().affine());
      }
    }
    return ps.isEmpty() ? Optional.empty() : Optional.of(MillerLoop.run(ps, qs));
  }
}
