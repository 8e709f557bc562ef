package io.converge.crypto.bn254;

import java.math.BigInteger;
import java.util.List;

/**
 * The optimal-ate Miller loop for BN254, run for several pairs at once so they share the squarings of the accumulator.
 * The G2 point T is kept in homogeneous projective coordinates (x = X/Z, y = Y/Z) on the twist; the doubling and mixed
 * addition steps and their line values follow Costello–Lange–Naehrig as written in eprint 2013/722. Each line is
 * scaled by an F_p^2 factor, which the final exponentiation removes.
 */
final class MillerLoop {
  /** 6x + 2, the loop length of the optimal ate pairing on BN curves. */
  private static final BigInteger LOOP = Bn254.X.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO);

  private static final Fp HALF = Fp.of(2).inverse();
  private static final Fp2 THREE_B = G2Point.CURVE.b().twice().add(G2Point.CURVE.b());

  private MillerLoop() {}

  /** The product of the Miller loop values f_{6x+2,Q}(P) (with the two Frobenius lines) over finite pairs. */
  static Fp12 run(List<AffinePoint<Fp>> ps, List<AffinePoint<Fp2>> qs) {
    int n = ps.size();
    Twisted[] ts = new Twisted[n];
    for (int k = 0; k < n; k++) {
      ts[k] = new Twisted(qs.get(k));
    }
    Fp12 f = Fp12.ONE;
    for (int i = LOOP.bitLength() - 2; i >= 0; i--) {
      f = f.square();
      for (int k = 0; k < n; k++) {
        f = ts[k].doubleStep(f, ps.get(k));
      }
      if (LOOP.testBit(i)) {
        for (int k = 0; k < n; k++) {
          f = ts[k].addStep(f, ps.get(k), qs.get(k));
        }
      }
    }
    for (int k = 0; k < n; k++) {
      AffinePoint<Fp2> q = qs.get(k);
      // Q1 = ψ(Q) and -Q2 = -ψ²(Q), where ψ is the p-power Frobenius seen on the twist.
      AffinePoint<Fp2> q1 = G2Point.psi(q);
      AffinePoint<Fp2> q2 = G2Point.psi(q1);
      AffinePoint<Fp2> minusQ2 = new AffinePoint<>(q2.x(), q2.y().negate());
      f = ts[k].addStep(f, ps.get(k), q1);
      f = ts[k].addStep(f, ps.get(k), minusQ2);
    }
    return f;
  }

  /** The running point T on the twist, mutated by the steps (it never leaves this class). */
  private static final class Twisted {
    private Fp2 x;
    private Fp2 y;
    private Fp2 z;

    Twisted(AffinePoint<Fp2> q) {
      x = q.x();
      y = q.y();
      z = Fp2.ONE;
    }

    /** T ← 2T; returns f times the tangent line at T evaluated at P. */
    Fp12 doubleStep(Fp12 f, AffinePoint<Fp> p) {
      Fp2 a = x.mul(y).mul(HALF);
      Fp2 b = y.square();
      Fp2 c = z.square();
      Fp2 e = THREE_B.mul(c);
      Fp2 ff = e.twice().add(e);
      Fp2 g = b.add(ff).mul(HALF);
      Fp2 h = y.add(z).square().sub(b.add(c));
      Fp2 i = e.sub(b);
      Fp2 j = x.square();
      Fp2 e2 = e.square();
      x = a.mul(b.sub(ff));
      y = g.square().sub(e2.twice().add(e2));
      z = b.mul(h);
      // line = -H·yP + 3J·xP·w + I·w^3
      return f.mulByLine(h.negate().mul(p.y()), j.twice().add(j).mul(p.x()), i);
    }

    /** T ← T + Q for affine Q; returns f times the chord through T and Q evaluated at P. */
    Fp12 addStep(Fp12 f, AffinePoint<Fp> p, AffinePoint<Fp2> q) {
      Fp2 theta = y.sub(q.y().mul(z));
      Fp2 lambda = x.sub(q.x().mul(z));
      Fp2 c = theta.square();
      Fp2 d = lambda.square();
      Fp2 e = lambda.mul(d);
      Fp2 ff = z.mul(c);
      Fp2 g = x.mul(d);
      Fp2 h = e.add(ff).sub(g.twice());
      Fp2 lineW3 = theta.mul(q.x()).sub(lambda.mul(q.y()));
      Fp2 newY = theta.mul(g.sub(h)).sub(e.mul(y));
      x = lambda.mul(h);
      y = newY;
      z = z.mul(e);
      // line = λ·yP - θ·xP·w + (θ·x_Q - λ·y_Q)·w^3
      return f.mulByLine(lambda.mul(p.y()), theta.negate().mul(p.x()), lineW3);
    }
  }
}
