package io.converge.crypto.bn254;

/** An encoding that is not a valid group element: a coordinate not below p, a point off the curve or out of the subgroup. */
public final class InvalidPointException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidPointException(String reason) {
    super(reason);
  }
}
