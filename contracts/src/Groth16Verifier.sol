// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IProofVerifier} from "./IProofVerifier.sol";

/// @title Groth16Verifier
/// @notice Verifies gnark Groth16 proofs over BN254, with gnark's
/// commitment extension (at most one Pedersen commitment, hashed to the
/// field with keccak256 as gnark's Solidity target does), under a verifying
/// key passed as data. One deployment serves every circuit.
///
/// Key encoding (zkinfer's, written by prover.ChainKey), 32-byte
/// big-endian words:
///   word 0: header: byte 0 kind (1 = Groth16), bytes 1-2 the number of
///           public inputs n, byte 3 the number of commitments c (0 or 1),
///           bytes 4-5 the number m of public inputs the commitment covers;
///           the rest zero
///   1-2:    [alpha]1 (x, y)
///   3-6:    -[beta]2, 7-10: -[gamma]2, 11-14: -[delta]2, each
///           (x.A1, x.A0, y.A1, y.A0), the pairing precompile's order
///   15-:    K_0 .. K_(n+c), G1 points (x, y): the constant term, one per
///           public input, then one per commitment hash
///   then, when c = 1: the Pedersen key G and -sigma*G (G2, as above) and
///           m words, the 1-based indices of the public inputs the
///           commitment covers.
/// Proof encoding: gnark's MarshalSolidity: Ar (G1), Bs (G2), Krs (G1),
/// then, when c = 1, the commitment D (G1) and its proof of knowledge (G1).
contract Groth16Verifier is IProofVerifier {
    /// BN254 scalar field modulus.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 internal constant KIND = 1;
    uint256 internal constant HEADER_WORDS = 15;

    /// @inheritdoc IProofVerifier
    function proofSystem() external pure returns (uint8) {
        return 0;
    }

    /// @inheritdoc IProofVerifier
    function verify(bytes calldata vk, bytes calldata proof, uint256[] calldata publicInputs)
        external
        view
        returns (bool)
    {
        if (vk.length < 32 * HEADER_WORDS) return false;
        uint256 h = _word(vk, 0);
        if (h >> 248 != KIND || h & ((1 << 208) - 1) != 0) return false;
        uint256 n = (h >> 232) & 0xffff;
        uint256 c = (h >> 224) & 0xff;
        uint256 m = (h >> 208) & 0xffff;
        if (c > 1 || (c == 0 && m != 0)) return false;
        uint256 kWords = 2 * (n + 1 + c);
        if (vk.length != 32 * (HEADER_WORDS + kWords + (c == 1 ? 8 + m : 0))) return false;
        if (proof.length != 256 + 128 * c) return false;
        if (publicInputs.length != n) return false;
        if (!_keyPointsSet(vk)) return false;

        // L = K_0 + sum x_i K_(i+1) (+ hash(D) K_(n+1) + D)
        uint256[4] memory acc;
        if (!_inputs(vk, publicInputs, acc)) return false;
        uint256 keyAt = HEADER_WORDS + 2 * (n + 2);
        if (c == 1 && !_commitment(vk, proof, publicInputs, keyAt, m, acc)) return false;
        return _pairing(vk, proof, acc, c == 1 ? keyAt : 0);
    }

    /// False when alpha, beta, gamma or delta is the point at infinity:
    /// under such a key the pairing check degenerates and junk verifies.
    function _keyPointsSet(bytes calldata vk) internal pure returns (bool) {
        if (_word(vk, 1) | _word(vk, 2) == 0) return false;
        for (uint256 p = 3; p < 15; p += 4) {
            if (_word(vk, p) | _word(vk, p + 1) | _word(vk, p + 2) | _word(vk, p + 3) == 0) return false;
        }
        return true;
    }

    /// acc = K_0 + sum x_i K_(i+1); false for an input not in the field.
    function _inputs(bytes calldata vk, uint256[] calldata publicInputs, uint256[4] memory acc)
        internal
        view
        returns (bool)
    {
        acc[0] = _word(vk, HEADER_WORDS);
        acc[1] = _word(vk, HEADER_WORDS + 1);
        for (uint256 i = 0; i < publicInputs.length; i++) {
            uint256 x = publicInputs[i];
            if (x >= R) return false;
            uint256 pos = HEADER_WORDS + 2 * (i + 1);
            if (!_mulAdd(acc, vk, pos, x)) return false;
        }
        return true;
    }

    /// e(A, B) e(C, -delta) e(alpha, -beta) e(L, -gamma) = 1, L in acc.
    /// With a commitment (its Pedersen key at word keyAt, 0 without), its
    /// proof of knowledge is checked in the same pairing call: with rho a
    /// hash of the proof and L,
    ///   ... * e(rho*D, -sigma*G) e(rho*PoK, G) = 1.
    /// Both products are fixed before rho exists; unless both are 1, at most
    /// one value of rho in the scalar field passes, so this is as sound as
    /// the two checks apart, at one pairing call instead of two.
    function _pairing(bytes calldata vk, bytes calldata proof, uint256[4] memory acc, uint256 keyAt)
        internal
        view
        returns (bool)
    {
        uint256[36] memory p;
        for (uint256 i = 0; i < 6; i++) {
            p[i] = _word(proof, i); // A, B
        }
        p[6] = _word(proof, 6); // C
        p[7] = _word(proof, 7);
        for (uint256 i = 0; i < 4; i++) {
            p[8 + i] = _word(vk, 11 + i); // -delta
        }
        for (uint256 i = 0; i < 6; i++) {
            p[12 + i] = _word(vk, 1 + i); // alpha, -beta
        }
        p[18] = acc[0]; // L
        p[19] = acc[1];
        for (uint256 i = 0; i < 4; i++) {
            p[20 + i] = _word(vk, 7 + i); // -gamma
        }
        bool ok = true;
        uint256 size = 0x300;
        if (keyAt != 0) {
            uint256 rho = 1 + uint256(keccak256(abi.encodePacked(proof, acc[0], acc[1]))) % (R - 1);
            for (uint256 i = 0; i < 4; i++) {
                p[26 + i] = _word(vk, keyAt + 4 + i); // -sigma*G
                p[32 + i] = _word(vk, keyAt + i); // G
            }
            size = 0x480;
            assembly ("memory-safe") {
                let f := mload(0x40)
                // rho*D at p[24..25], rho*PoK at p[30..31]
                calldatacopy(f, add(proof.offset, 0x100), 0x40)
                mstore(add(f, 0x40), rho)
                ok := staticcall(gas(), 0x07, f, 0x60, add(p, 0x300), 0x40)
                calldatacopy(f, add(proof.offset, 0x140), 0x40)
                mstore(add(f, 0x40), rho)
                ok := and(ok, staticcall(gas(), 0x07, f, 0x60, add(p, 0x3c0), 0x40))
            }
        }
        uint256 out;
        assembly ("memory-safe") {
            let f := mload(0x40)
            ok := and(ok, staticcall(gas(), 0x08, p, size, f, 0x20))
            out := mload(f)
        }
        return ok && out == 1;
    }

    /// Adds the commitment's terms to acc (its proof of knowledge is
    /// checked with the pairing: _pairing).
    function _commitment(
        bytes calldata vk,
        bytes calldata proof,
        uint256[] calldata publicInputs,
        uint256 keyAt,
        uint256 m,
        uint256[4] memory acc
    ) internal view returns (bool) {
        (bool ok, uint256[] memory covered) = _covered(vk, publicInputs, keyAt + 8, m);
        if (!ok) return false;
        uint256 hashed = uint256(keccak256(abi.encodePacked(_word(proof, 8), _word(proof, 9), covered))) % R;
        if (!_mulAdd(acc, vk, keyAt - 2, hashed)) return false;
        acc[2] = _word(proof, 8);
        acc[3] = _word(proof, 9);
        return _add(acc);
    }

    /// The values of the m public inputs whose 1-based indices are the
    /// key's words from `pos` on.
    function _covered(bytes calldata vk, uint256[] calldata publicInputs, uint256 pos, uint256 m)
        internal
        pure
        returns (bool, uint256[] memory covered)
    {
        covered = new uint256[](m);
        for (uint256 j = 0; j < m; j++) {
            uint256 idx = _word(vk, pos + j);
            if (idx == 0 || idx > publicInputs.length) return (false, covered);
            covered[j] = publicInputs[idx - 1];
        }
        return (true, covered);
    }

    /// acc[0..1] += s * P, P the G1 point at word `pos` of the key; acc[2..3]
    /// is scratch.
    function _mulAdd(uint256[4] memory acc, bytes calldata vk, uint256 pos, uint256 s) internal view returns (bool ok) {
        assembly ("memory-safe") {
            let f := mload(0x40)
            calldatacopy(f, add(vk.offset, mul(pos, 0x20)), 0x40)
            mstore(add(f, 0x40), s)
            ok := staticcall(gas(), 0x07, f, 0x60, add(acc, 0x40), 0x40)
            ok := and(ok, staticcall(gas(), 0x06, acc, 0x80, acc, 0x40))
        }
    }

    /// acc[0..1] += acc[2..3].
    function _add(uint256[4] memory acc) internal view returns (bool ok) {
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x06, acc, 0x80, acc, 0x40)
        }
    }

    /// The i-th 32-byte word of b (b is long enough: checked by the caller).
    function _word(bytes calldata b, uint256 i) internal pure returns (uint256 w) {
        assembly ("memory-safe") {
            w := calldataload(add(b.offset, mul(i, 0x20)))
        }
    }
}
