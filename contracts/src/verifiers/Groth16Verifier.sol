// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {IGroth16Verifier} from "./interfaces/IGroth16Verifier.sol";

/// @title Groth16Verifier
/// @notice Groth16 over BN254 with the verifying key given at deployment; see {IGroth16Verifier}.
/// @dev Verification equation (gnark's): e(A, B) e(C, -delta) e(alpha, -beta) e(L, -gamma) == 1 with
/// L = K_0 + sum_i x_i K_{1+i} + sum_j h_j K_{1+n+j} + sum_j D_j, where h_j = keccak256(D_j || committed
/// public values) mod r. With commitments, the proof of knowledge check
/// e(D_0, -sigma_0) prod_{j>0} e(rho^j D_j, -sigma_j) e(PoK, G) == 1 (rho from gnark's fr.Hash of the h_j,
/// only needed for c > 1) is folded into the same pairing call with a random coefficient eps derived by
/// Fiat-Shamir from the proof and inputs: both products are 1 iff the combined one is, except with
/// probability 1/r over eps. This saves one precompile call (45,000 gas) for two scalar multiplications.
contract Groth16Verifier is IGroth16Verifier {
    /// @dev BN254 scalar field modulus.
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    /// @dev BN254 base field modulus.
    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;

    address private immutable _KEY;
    bytes32 private immutable _KEY_HASH;
    uint256 private immutable _N;
    uint256 private immutable _C;

    /// @param vk The verifying key words (see {IGroth16Verifier}).
    constructor(uint256[] memory vk) {
        (uint256 n, uint256 c) = _checkKey(vk);
        bytes memory data = abi.encodePacked(vk);
        // SSTORE2: creation code that returns (0x00 || data) as the runtime code of a data contract.
        bytes memory init = abi.encodePacked(hex"61", uint16(data.length + 1), hex"80600c6000396000f3", hex"00", data);
        address key;
        assembly ("memory-safe") {
            key := create(0, add(init, 0x20), mload(init))
        }
        if (key == address(0)) revert Groth16Verifier_BadKey();
        _KEY = key;
        _KEY_HASH = keccak256(data);
        _N = n;
        _C = c;
    }

    /// @inheritdoc IGroth16Verifier
    function verifyProof(bytes calldata proof, uint256[] calldata input) external view {
        _checkShape(proof, input);
        uint256 c = _C;
        uint256[] memory pub = _publicWitness(proof, input, c);
        uint256[] memory pairs = new uint256[](c == 0 ? 24 : 30 + 6 * c);
        _groth16Pairs(pairs, pub, proof, c);
        if (c > 0) _foldKnowledge(pairs, proof, pub, _eps(proof, input), c);
        if (!_pairing(pairs)) revert Groth16Verifier_ProofInvalid();
    }

    /// @inheritdoc IGroth16Verifier
    function verifyingKeyHash() external view returns (bytes32) {
        return _KEY_HASH;
    }

    /// @inheritdoc IGroth16Verifier
    function inputCount() external view returns (uint256) {
        return _N;
    }

    /// @inheritdoc IGroth16Verifier
    function commitmentCount() external view returns (uint256) {
        return _C;
    }

    function _checkShape(bytes calldata proof, uint256[] calldata input) private view {
        uint256 n = _N;
        uint256 c = _C;
        if (input.length != n) revert Groth16Verifier_WrongInputCount(input.length, n);
        uint256 want = c == 0 ? 256 : 320 + 64 * c;
        if (proof.length != want) revert Groth16Verifier_WrongProofLength(proof.length, want);
        for (uint256 i = 0; i < n; ++i) {
            if (input[i] >= R) revert Groth16Verifier_InputNotInField(i);
        }
    }

    /// @dev The public witness: the inputs, then h_j = keccak256(D_j || committed values) mod r per commitment.
    function _publicWitness(bytes calldata proof, uint256[] calldata input, uint256 c)
        private
        view
        returns (uint256[] memory pub)
    {
        uint256 n = input.length;
        pub = new uint256[](n + c);
        assembly ("memory-safe") {
            calldatacopy(add(pub, 0x20), input.offset, mul(n, 0x20))
        }
        if (c == 0) return pub;
        uint256 idx = 20 + 5 * c + 2 * (1 + n + c); // first committed index (after G and the sigmas)
        for (uint256 j = 0; j < c; ++j) {
            idx = _commitmentHash(proof, pub, n + j, idx);
        }
    }

    /// @dev Sets pub[at] = keccak256(D_j || pub[index - 1] for each committed index) mod r, with
    /// j = at - n, reading the key's committed indexes from word idx; returns the word after them.
    function _commitmentHash(bytes calldata proof, uint256[] memory pub, uint256 at, uint256 idx)
        private
        view
        returns (uint256)
    {
        uint256 j = at - _N;
        uint256 len = _keyWord(2 + j);
        uint256[] memory indexes = _keyWords(idx, len);
        bytes memory pre = new bytes(64 + 32 * len);
        uint256 off = 256 + 64 * j;
        assembly ("memory-safe") {
            calldatacopy(add(pre, 0x20), add(proof.offset, off), 0x40)
        }
        for (uint256 k = 0; k < len; ++k) {
            uint256 v = pub[indexes[k] - 1];
            assembly ("memory-safe") {
                mstore(add(pre, add(0x60, mul(k, 0x20))), v)
            }
        }
        pub[at] = uint256(keccak256(pre)) % R;
        return idx + len;
    }

    /// @dev Fills the four Groth16 pairs (A, B), (C, -delta), (alpha, -beta), (L, -gamma), where
    /// L = K_0 + sum_i pub_i K_{1+i} + sum_j D_j.
    function _groth16Pairs(uint256[] memory pairs, uint256[] memory pub, bytes calldata proof, uint256 c) private view {
        address key = _KEY;
        uint256[] memory k = _keyWords(16 + c, 2 * (1 + pub.length));
        bool ok = true;
        assembly ("memory-safe") {
            let p := add(pairs, 0x20)
            calldatacopy(p, proof.offset, 0x100) // A, B, C
            extcodecopy(key, add(p, 0x100), add(1, mul(0x20, add(12, c))), 0x80) // -delta
            extcodecopy(key, add(p, 0x180), add(1, mul(0x20, add(2, c))), 0xc0) // alpha, -beta
            extcodecopy(key, add(p, 0x280), add(1, mul(0x20, add(8, c))), 0x80) // -gamma
            // L into p[18..20): f holds the running sum, g the term.
            let f := mload(0x40)
            let g := add(f, 0x40)
            mstore(f, mload(add(k, 0x20)))
            mstore(add(f, 0x20), mload(add(k, 0x40)))
            let m := mload(pub)
            for { let i := 0 } lt(i, m) { i := add(i, 1) } {
                let kp := add(k, add(0x60, mul(i, 0x40)))
                mstore(g, mload(kp))
                mstore(add(g, 0x20), mload(add(kp, 0x20)))
                mstore(add(g, 0x40), mload(add(pub, add(0x20, mul(i, 0x20)))))
                ok := and(ok, staticcall(gas(), 0x07, g, 0x60, g, 0x40))
                ok := and(ok, staticcall(gas(), 0x06, f, 0x80, f, 0x40))
            }
            for { let j := 0 } lt(j, c) { j := add(j, 1) } {
                calldatacopy(g, add(proof.offset, add(0x100, mul(j, 0x40))), 0x40)
                ok := and(ok, staticcall(gas(), 0x06, f, 0x80, f, 0x40))
            }
            mstore(add(p, 0x240), mload(f))
            mstore(add(p, 0x260), mload(add(f, 0x20)))
        }
        if (!ok) revert Groth16Verifier_ProofInvalid();
    }

    /// @dev Appends the proof-of-knowledge pairs scaled by eps: (eps rho^j D_j, -sigma_j), (eps PoK, G).
    function _foldKnowledge(uint256[] memory pairs, bytes calldata proof, uint256[] memory pub, uint256 eps, uint256 c)
        private
        view
    {
        uint256 rho = c > 1 ? _foldingChallenge(pub, pub.length - c, c) : 1;
        uint256 g = 16 + c + 2 * (1 + pub.length); // G, then -sigma_0.. -sigma_{c-1}
        uint256 s = eps;
        for (uint256 j = 0; j < c; ++j) {
            _scaledPair(pairs, proof, j, s, g + 4 + 4 * j);
            s = mulmod(s, rho, R);
        }
        _scaledPair(pairs, proof, c, eps, g);
    }

    /// @dev pairs[24 + 6j ..] = (s * the G1 point at proof[256 + 64j], the key's G2 point at word g2).
    function _scaledPair(uint256[] memory pairs, bytes calldata proof, uint256 j, uint256 s, uint256 g2) private view {
        address key = _KEY;
        bool ok;
        assembly ("memory-safe") {
            let at := add(pairs, add(0x20, mul(0x20, add(24, mul(6, j)))))
            calldatacopy(at, add(proof.offset, add(0x100, mul(0x40, j))), 0x40)
            mstore(add(at, 0x40), s)
            ok := staticcall(gas(), 0x07, at, 0x60, at, 0x40)
            extcodecopy(key, add(at, 0x40), add(1, mul(0x20, g2)), 0x80)
        }
        if (!ok) revert Groth16Verifier_ProofInvalid();
    }

    /// @dev The folding coefficient eps: Fiat-Shamir over everything the two pairing products depend on
    /// that the prover chooses (the key is fixed). Never zero, so the knowledge check cannot vanish.
    function _eps(bytes calldata proof, uint256[] calldata input) private pure returns (uint256 eps) {
        eps = uint256(keccak256(abi.encodePacked(proof, input))) % R;
        if (eps == 0) eps = 1;
    }

    /// @dev gnark-crypto's fr.Hash(h_0 || ... || h_{c-1}, "G16-BSB22", 1): RFC 9380 expand_message_xmd
    /// with SHA-256 to 48 bytes, read big-endian and reduced mod r.
    function _foldingChallenge(uint256[] memory pub, uint256 n, uint256 c) private pure returns (uint256) {
        bytes memory msg_ = new bytes(32 * c);
        for (uint256 j = 0; j < c; ++j) {
            uint256 h = pub[n + j];
            assembly ("memory-safe") {
                mstore(add(msg_, add(0x20, mul(j, 0x20))), h)
            }
        }
        bytes memory dst = "G16-BSB22";
        bytes32 b0 = sha256(abi.encodePacked(new bytes(64), msg_, uint16(48), uint8(0), dst, uint8(dst.length)));
        bytes32 b1 = sha256(abi.encodePacked(b0, uint8(1), dst, uint8(dst.length)));
        bytes32 b2 = sha256(abi.encodePacked(b0 ^ b1, uint8(2), dst, uint8(dst.length)));
        return addmod(mulmod(uint256(b1), 1 << 128, R), uint256(b2) >> 128, R);
    }

    function _keyWord(uint256 i) private view returns (uint256 w) {
        address key = _KEY;
        assembly ("memory-safe") {
            let f := mload(0x40)
            extcodecopy(key, f, add(1, mul(0x20, i)), 0x20)
            w := mload(f)
        }
    }

    function _keyWords(uint256 from, uint256 count) private view returns (uint256[] memory w) {
        address key = _KEY;
        w = new uint256[](count);
        assembly ("memory-safe") {
            extcodecopy(key, add(w, 0x20), add(1, mul(0x20, from)), mul(0x20, count))
        }
    }

    /// @dev Validates the key layout and returns (inputs, commitments).
    function _checkKey(uint256[] memory vk) private pure returns (uint256 n, uint256 c) {
        if (vk.length < 2) revert Groth16Verifier_BadKey();
        n = vk[0];
        c = vk[1];
        if (n > 256 || c > 8 || vk.length < 2 + c) revert Groth16Verifier_BadKey();
        uint256 lens;
        for (uint256 j = 0; j < c; ++j) {
            if (vk[2 + j] > 256) revert Groth16Verifier_BadKey();
            lens += vk[2 + j];
        }
        uint256 pointWords = 14 + 2 * (1 + n + c) + (c == 0 ? 0 : 4 + 4 * c);
        if (vk.length != 2 + c + pointWords + lens) revert Groth16Verifier_BadKey();
        for (uint256 i = 2 + c; i < 2 + c + pointWords; ++i) {
            if (vk[i] >= P) revert Groth16Verifier_BadKey();
        }
        // Commitment j may hash public inputs and the hashes of commitments before it (1-based).
        uint256 idx = 2 + c + pointWords;
        for (uint256 j = 0; j < c; ++j) {
            for (uint256 k = 0; k < vk[2 + j]; ++k) {
                uint256 v = vk[idx++];
                if (v == 0 || v > n + j) revert Groth16Verifier_BadKey();
            }
        }
    }

    function _pairing(uint256[] memory pairs) private view returns (bool ok) {
        assembly ("memory-safe") {
            let out := mload(0x40)
            let success := staticcall(gas(), 0x08, add(pairs, 0x20), mul(mload(pairs), 0x20), out, 0x20)
            ok := and(success, eq(mload(out), 1))
        }
    }
}
