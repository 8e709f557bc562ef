/**
 * Encrypted key files in the Web3 Secret Storage format, version 3, as Geth writes them in its
 * {@code keystore} directory: scrypt or PBKDF2 stretches the password, AES-128-CTR encrypts the
 * private key, and keccak256 of half the derived key and the ciphertext tells a wrong password from
 * a right one.
 */
package io.converge.crypto.keystore;
