// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// An OpenZeppelin 5.7 ERC-20 for the acceptance tests: the deployer receives the whole supply.
contract AcceptanceToken is ERC20 {
    constructor(uint256 initialSupply) ERC20("Acceptance Token", "ACC") {
        _mint(msg.sender, initialSupply);
    }

    /// Reverts with Error(string) "nope" unless `allowed` is true; lets clients test revert-reason decoding.
    function guarded(bool allowed) external pure returns (uint256) {
        require(allowed, "nope");
        return 42;
    }
}
