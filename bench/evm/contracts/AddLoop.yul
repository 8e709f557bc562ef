// The add workload: n iterations of five 256-bit ADDs (four on the accumulator, one on the counter) (the accumulator wraps modulo 2^256). Input: n as one word.
// Returns the accumulator so both EVMs can be checked for the same answer.
object "AddLoop" {
  code {
    let n := calldataload(0)
    let acc := 1
    for { let i := 0 } lt(i, n) { i := add(i, 1) } {
      acc := add(add(add(add(acc, acc), i), 0x9e3779b97f4a7c15f39cc0605cedc8341082276bf3a27251f86c6a11d0c18e95), acc)
    }
    mstore(0, acc)
    return(0, 32)
  }
}
