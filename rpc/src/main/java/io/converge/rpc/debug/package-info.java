/** debug_trace* with Geth's struct logger and callTracer, replaying mined blocks on their parent's state. */
package io.converge.rpc.debug;
