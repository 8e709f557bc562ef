/**
 * Strict canonical RLP (Recursive Length Prefix), the serialisation of Ethereum's yellow paper, appendix B.
 *
 * <p>{@link io.converge.rlp.RlpWriter} and {@link io.converge.rlp.RlpReader} are the hot-path API;
 * {@link io.converge.rlp.RlpItem} is a small tree form for tools and tests. Every encoding the reader accepts is the
 * only encoding of its value, so {@code encode(decode(x))} reproduces {@code x} byte for byte.
 */
package io.converge.rlp;
