// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// The ERC-20 workload: the deployer holds the supply and `run(n)` sends 1 unit to n fresh recipients in one call.
contract BenchToken is ERC20 {
    constructor() ERC20("Bench", "BNCH") {
        _mint(msg.sender, 1e30);
    }

    function run(uint256 n) external {
        for (uint256 i; i < n; ++i) {
            transfer(address(uint160(i + 1)), 1);
        }
    }
}
