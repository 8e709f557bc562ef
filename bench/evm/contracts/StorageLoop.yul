// The storage workload: n fresh slots written (SSTORE 0 -> non-zero), then each read back, summed and rewritten
// (SLOAD of a warm slot, SSTORE to a dirty slot), then read again. Input: n. Returns the final sum.
object "StorageLoop" {
  code {
    let n := calldataload(0)
    for { let i := 0 } lt(i, n) { i := add(i, 1) } {
      sstore(i, add(i, 1))
    }
    let acc := 0
    for { let i := 0 } lt(i, n) { i := add(i, 1) } {
      acc := add(acc, sload(i))
      sstore(i, acc)
    }
    let check := 0
    for { let i := 0 } lt(i, n) { i := add(i, 1) } {
      check := xor(check, sload(i))
    }
    mstore(0, acc)
    mstore(32, check)
    return(0, 64)
  }
}
