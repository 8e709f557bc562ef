/** The BLAKE2b compression function F with a variable round count (EIP-152), written out from RFC 7693. */
package io.converge.crypto.blake2;
