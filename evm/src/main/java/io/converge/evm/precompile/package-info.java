/**
 * Ethereum's precompiled contracts 0x01–0x0a with their fork-dependent pricing. The EVM asks {@link
 * io.converge.evm.precompile.Precompiles#forFork} which exist, charges {@link
 * io.converge.evm.precompile.PrecompiledContract#gasCost} and then calls {@link
 * io.converge.evm.precompile.PrecompiledContract#compute}, whose {@link io.converge.evm.precompile.PrecompileResult}
 * is output or an exceptional halt. The curve and hash math lives in {@code converge-crypto}.
 */
package io.converge.evm.precompile;
