/**
 * The admission port: where local policy (deny lists, rate limits, the AI engine's risk scores) decides whether this
 * node keeps and relays a transaction that is already valid by protocol rules, and how high it ranks. Policies chain
 * in order; every verdict goes to a {@link io.converge.txpool.admission.VerdictListener} for audit. Nothing here can
 * affect block validity: nodes running different policies still agree on every block (STYLE.md rule 3).
 */
package io.converge.txpool.admission;
