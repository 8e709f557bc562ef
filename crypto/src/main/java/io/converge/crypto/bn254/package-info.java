/**
 * BN254 (alt_bn128), written by hand because no library on Maven Central implements it: the field tower
 * F_p → F_p^2 → F_p^6 → F_p^12, the groups G1 and G2 with their validity checks, and the optimal-ate pairing. Public
 * API: {@link io.converge.crypto.bn254.G1Point}, {@link io.converge.crypto.bn254.G2Point},
 * {@link io.converge.crypto.bn254.Pairing}; everything else is package-private. Not constant time: it serves public
 * data (precompile inputs), never secrets.
 */
package io.converge.crypto.bn254;
