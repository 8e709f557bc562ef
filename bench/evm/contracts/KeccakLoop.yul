// The Keccak workload: a hash chain h := keccak256(h ++ i) over n iterations (64-byte preimages). Input: n.
object "KeccakLoop" {
  code {
    let n := calldataload(0)
    mstore(0, 0)
    for { let i := 0 } lt(i, n) { i := add(i, 1) } {
      mstore(32, i)
      mstore(0, keccak256(0, 64))
    }
    return(0, 32)
  }
}
