// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IProofVerifier} from "./IProofVerifier.sol";

/// @title PlonkVerifier
/// @notice One verifier for every gnark PLONK circuit on BN254 (KZG
/// commitments, BSB22 commitments / custom gates Qcp): the verifying key is
/// an argument, not code, so a buyer checks which key a proof is checked
/// under by hashing bytes, without a Solidity compiler.
///
/// verify(vk, proof, publicInputs) is true if and only if gnark's Go
/// verifier (backend/plonk/bn254 Verify, default hashes: SHA-256
/// Fiat-Shamir, RFC 9380 hash-to-field with DST "BSB22-Plonk") accepts the
/// proof under the key for those public inputs. It checks: the key's and
/// the proof's shape (lengths, header, counts), that every scalar is
/// reduced mod r and every G1 point is on the curve with coordinates
/// reduced mod p (or is the point at infinity), the Fiat-Shamir challenges
/// γ, β, α, ζ, the public inputs' and commitments' part of the constraint,
/// the linearised polynomial's opening (which the proof omits: it is
/// recomputed), and the folded KZG openings at ζ and ζω with one pairing
/// check. The KZG batch's combination coefficient λ, drawn at random by
/// gnark's Go verifier, is a hash here (as in gnark's Solidity template) of
/// the folded digest, both opening proofs, [Z], ζ and the folding challenge
/// (which binds every claimed value).
/// Anything malformed or failing returns false; it never reverts (a
/// precompile call that fails counts as a failed check).
///
/// The key (vk): 33+3k big-endian 32-byte words, k the number of BSB22
/// commitments (zkinfer's prover.PlonkChainKey writes it):
///   word 0        header: byte 0 = 0x02 (kind: PLONK), byte 1 = 0x01 (version), 30 zero bytes
///   word 1        n, the domain size: a power of two, at most 2^28
///   word 2        ℓ, the number of public inputs (at most n)
///   word 3        k, the number of BSB22 commitments
///   word 4        n⁻¹ mod r
///   word 5        ω, a generator of the subgroup of order n
///   word 6        the coset shift u
///   words 7-10    [1]G2 as the pairing precompile takes it: x.A1, x.A0, y.A1, y.A0
///   words 11-14   [τ]G2, the same way
///   words 15-16   [1]G1 of the KZG key
///   words 17-32   S1, S2, S3, Ql, Qr, Qm, Qo, Qk: x, y each
///   next 2k       Qcp[0..k-1]: x, y each
///   last k        the commitment constraint indexes (each < n - ℓ)
/// Every G1 point is gnark-crypto's RawBytes (= Marshal) of it: x then y,
/// the point at infinity as (0, 0), which is also how the precompiles take
/// it; words 17 to 32+2k are exactly what gnark's transcript binds for γ.
///
/// The proof: gnark's (*plonk/bn254.Proof).MarshalSolidity(), 0x300 + 0x60k
/// bytes: [L], [R], [O], [H0], [H1], [H2], l(ζ), r(ζ), o(ζ), s1(ζ), s2(ζ),
/// [Z], z(ζω), the opening proofs at ζ and at ζω, qcp_i(ζ) for each
/// commitment, then the k BSB22 commitments.
contract PlonkVerifier is IProofVerifier {
    /// BN254's scalar field modulus r and base field modulus p.
    uint256 private constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    uint256 private constant P = 21888242871839275222246405745257275088696311157297823662689037894645226208583;

    // ---------------------------------------------------------- the key
    // Byte offsets into vk.
    uint256 private constant VK_HEADER = 0x0201 << 240; // kind 2 (PLONK), version 1
    uint256 private constant VK_N = 0x20;
    uint256 private constant VK_NB_PUBLIC = 0x40;
    uint256 private constant VK_NB_QCP = 0x60;
    uint256 private constant VK_N_INV = 0x80;
    uint256 private constant VK_OMEGA = 0xa0;
    uint256 private constant VK_SHIFT = 0xc0;
    uint256 private constant VK_G2 = 0xe0; // [1]G2, 4 words
    uint256 private constant VK_TAU_G2 = 0x160; // [τ]G2, 4 words
    uint256 private constant VK_G1 = 0x1e0;
    uint256 private constant VK_S1 = 0x220;
    uint256 private constant VK_S2 = 0x260;
    uint256 private constant VK_S3 = 0x2a0;
    uint256 private constant VK_QL = 0x2e0;
    uint256 private constant VK_QR = 0x320;
    uint256 private constant VK_QM = 0x360;
    uint256 private constant VK_QO = 0x3a0;
    uint256 private constant VK_QK = 0x3e0;
    uint256 private constant VK_QCP = 0x420; // also the size of the key without commitments
    uint256 private constant MAX_N = 1 << 28; // BN254's r - 1 is divisible by 2^28, not 2^29

    // -------------------------------------------------------- the proof
    // Byte offsets into proof (MarshalSolidity).
    uint256 private constant PR_L = 0x000;
    uint256 private constant PR_R = 0x040;
    uint256 private constant PR_O = 0x080;
    uint256 private constant PR_H0 = 0x0c0;
    uint256 private constant PR_H1 = 0x100;
    uint256 private constant PR_H2 = 0x140;
    uint256 private constant PR_L_AT_ZETA = 0x180; // then r(ζ), o(ζ), s1(ζ), s2(ζ)
    uint256 private constant PR_R_AT_ZETA = 0x1a0;
    uint256 private constant PR_O_AT_ZETA = 0x1c0;
    uint256 private constant PR_S1_AT_ZETA = 0x1e0;
    uint256 private constant PR_S2_AT_ZETA = 0x200;
    uint256 private constant PR_Z = 0x220;
    uint256 private constant PR_Z_AT_ZETA_OMEGA = 0x260;
    uint256 private constant PR_W_ZETA = 0x280; // KZG opening proof at ζ (folded)
    uint256 private constant PR_W_ZETA_OMEGA = 0x2c0; // KZG opening proof of Z at ζω
    uint256 private constant PR_QCP_AT_ZETA = 0x300; // also the size of the proof without commitments

    /// DST ‖ len(DST) of the BSB22 commitments' hash to field (RFC 9380).
    bytes12 private constant HASH_DST_PRIME = "BSB22-Plonk\x0b";

    /// What the verification computes, kept in memory (no stack limits).
    struct Ctx {
        uint256 n;
        uint256 nbPublic;
        uint256 k; // number of BSB22 commitments
        uint256 nInv;
        uint256 omega;
        uint256 shift;
        uint256 bsb; // offset of the BSB22 commitments in the proof
        uint256 gamma;
        uint256 beta;
        uint256 alpha;
        uint256 zeta;
        uint256 zh; // ζⁿ - 1
        uint256 zetaNPlus2; // ζⁿ⁺²
        uint256 pi; // PI(ζ), the commitments' hashes included
        uint256 alpha2L0; // α²·L₀(ζ)
        uint256 linEval; // the linearised polynomial's opening at ζ
        uint256[2] lin; // the linearised polynomial's commitment
        uint256 gammaKzg; // the KZG folding challenge
        uint256[2] folded; // the folded digest at ζ
        uint256 foldedEval; // the folded opening at ζ
    }

    /// @inheritdoc IProofVerifier
    function proofSystem() external pure returns (uint8) {
        return 1;
    }

    /// @notice True if and only if `proof` is a valid gnark PLONK proof for
    /// `publicInputs` under the verifying key `vk` (encodings in the
    /// contract's header); false, never a revert, for anything else.
    function verify(bytes calldata vk, bytes calldata proof, uint256[] calldata publicInputs)
        external
        view
        returns (bool)
    {
        Ctx memory c;
        if (!_readKey(vk, c)) return false;
        if (!_checkProof(proof, publicInputs, c)) return false;
        _deriveChallenges(vk, proof, publicInputs, c);
        if (!_publicInputsAtZeta(vk, proof, publicInputs, c)) return false;
        _linearisedOpening(proof, c);
        if (!_linearisedCommitment(vk, proof, c)) return false;
        _deriveKzgChallenge(vk, proof, c);
        if (!_foldAtZeta(vk, proof, c)) return false;
        return _batchPairing(vk, proof, c);
    }

    // ------------------------------------------------------------ checks

    /// Checks the key's shape and values and reads its scalars into c.
    function _readKey(bytes calldata vk, Ctx memory c) private pure returns (bool) {
        if (vk.length < VK_QCP || _word(vk, 0) != VK_HEADER) return false;
        uint256 k = _word(vk, VK_NB_QCP);
        // bound k before multiplying with it
        if (k > (vk.length - VK_QCP) / 0x60 || vk.length != VK_QCP + 0x60 * k) return false;
        uint256 n = _word(vk, VK_N);
        if (n == 0 || n > MAX_N || (n & (n - 1)) != 0) return false;
        uint256 nbPublic = _word(vk, VK_NB_PUBLIC);
        if (nbPublic > n) return false;
        uint256 nInv = _word(vk, VK_N_INV);
        if (nInv >= R || mulmod(nInv, n, R) != 1) return false;
        uint256 omega = _word(vk, VK_OMEGA);
        uint256 shift = _word(vk, VK_SHIFT);
        if (omega >= R || shift >= R) return false;
        // ω has order n: ω^(n/2) = -1 (for n > 1), so ωⁿ = 1
        uint256 w = omega;
        for (uint256 i = 2; i < n; i <<= 1) {
            w = mulmod(w, w, R);
        }
        if (n == 1 ? w != 1 : w != R - 1) return false;
        // the KZG key: [1]G1 on the curve, not infinity; G2 points not
        // infinity (the pairing precompile checks that they are in G2)
        if ((_word(vk, VK_G1) | _word(vk, VK_G1 + 0x20)) == 0 || !_onCurve(vk, VK_G1, VK_S1)) return false;
        if (_isZero4(vk, VK_G2) || _isZero4(vk, VK_TAU_G2)) return false;
        // the circuit's commitments S1..Qk, Qcp
        uint256 qcpEnd = VK_QCP + 0x40 * k;
        if (!_onCurve(vk, VK_S1, qcpEnd)) return false;
        // the commitment constraints are rows of the domain
        for (uint256 j = 0; j < k; j++) {
            if (_word(vk, qcpEnd + 0x20 * j) >= n - nbPublic) return false;
        }
        c.n = n;
        c.nbPublic = nbPublic;
        c.k = k;
        c.nInv = nInv;
        c.omega = omega;
        c.shift = shift;
        return true;
    }

    /// Checks the proof's length, its points and scalars, and the public
    /// inputs' number and range.
    function _checkProof(bytes calldata proof, uint256[] calldata publicInputs, Ctx memory c)
        private
        pure
        returns (bool)
    {
        uint256 k = c.k; // k < vk.length / 0x60: no overflow
        if (proof.length != PR_QCP_AT_ZETA + 0x60 * k) return false;
        if (publicInputs.length != c.nbPublic) return false;
        if (!_reduced(publicInputs)) return false;
        uint256 bsb = PR_QCP_AT_ZETA + 0x20 * k;
        c.bsb = bsb;
        // points: [L], [R], [O], [H0], [H1], [H2]; [Z]; the two opening
        // proofs; the BSB22 commitments. Scalars: l(ζ), r(ζ), o(ζ), s1(ζ),
        // s2(ζ); z(ζω); qcpⱼ(ζ)
        return _onCurve(proof, PR_L, PR_L_AT_ZETA) && _onCurve(proof, PR_Z, PR_Z_AT_ZETA_OMEGA)
            && _onCurve(proof, PR_W_ZETA, PR_QCP_AT_ZETA) && _onCurve(proof, bsb, proof.length)
            && _reduced(proof, PR_L_AT_ZETA, PR_Z) && _reduced(proof, PR_Z_AT_ZETA_OMEGA, PR_W_ZETA)
            && _reduced(proof, PR_QCP_AT_ZETA, bsb);
    }

    // -------------------------------------------------------- challenges

    /// γ, β, α, ζ as gnark's Fiat-Shamir transcript derives them: each is
    /// SHA-256(name ‖ previous challenge's digest ‖ bindings), reduced mod r.
    function _deriveChallenges(
        bytes calldata vk,
        bytes calldata proof,
        uint256[] calldata publicInputs,
        Ctx memory c
    ) private pure {
        // γ: S1, S2, S3, Ql, Qr, Qm, Qo, Qk, Qcp (contiguous in vk), the
        // public inputs, [L], [R], [O]
        bytes32 h = sha256(
            abi.encodePacked("gamma", vk[VK_S1:VK_QCP + 0x40 * c.k], publicInputs, proof[PR_L:PR_H0])
        );
        c.gamma = uint256(h) % R;
        h = sha256(abi.encodePacked("beta", h));
        c.beta = uint256(h) % R;
        // α: the BSB22 commitments, then [Z]
        h = sha256(abi.encodePacked("alpha", h, proof[c.bsb:proof.length], proof[PR_Z:PR_Z + 0x40]));
        c.alpha = uint256(h) % R;
        // ζ: [H0], [H1], [H2]
        h = sha256(abi.encodePacked("zeta", h, proof[PR_H0:PR_L_AT_ZETA]));
        c.zeta = uint256(h) % R;
    }

    // ----------------------------------------------- public inputs at ζ

    /// PI(ζ) = Σᵢ wᵢ·Lᵢ(ζ) + Σⱼ H(Bsb22ⱼ)·L_{ℓ+cⱼ}(ζ) and α²·L₀(ζ), where
    /// Lᵢ(ζ) = ωⁱ/n·(ζⁿ-1)/(ζ-ωⁱ) and cⱼ is the j-th commitment constraint
    /// index. An inverse of zero is zero, as in gnark.
    function _publicInputsAtZeta(
        bytes calldata vk,
        bytes calldata proof,
        uint256[] calldata publicInputs,
        Ctx memory c
    ) private view returns (bool) {
        uint256 zn = c.zeta; // ζⁿ by squaring: n is a power of two
        for (uint256 i = 1; i < c.n; i <<= 1) {
            zn = mulmod(zn, zn, R);
        }
        c.zh = addmod(zn, R - 1, R);
        c.zetaNPlus2 = mulmod(zn, mulmod(c.zeta, c.zeta, R), R);

        // the Lagrange polynomials needed at ζ: L₀ (even without public
        // inputs), Lᵢ for i < ℓ, then L_{ℓ+cⱼ}
        (uint256[] memory lag, bool ok) = _lagranges(vk, c);
        if (!ok) return false;
        uint256 pi = 0;
        assembly ("memory-safe") {
            let l := add(lag, 0x20)
            for {
                let p := publicInputs.offset
                let end := add(p, shl(5, publicInputs.length))
            } lt(p, end) {
                p := add(p, 0x20)
                l := add(l, 0x20)
            } {
                pi := addmod(pi, mulmod(mload(l), calldataload(p), R), R)
            }
        }
        uint256 first = lag.length - c.k;
        for (uint256 j = 0; j < c.k; j++) {
            pi = addmod(pi, mulmod(lag[first + j], _hashCommitment(proof, c.bsb + 0x40 * j), R), R);
        }
        c.pi = pi;
        c.alpha2L0 = mulmod(mulmod(lag[0], c.alpha, R), c.alpha, R);
        return true;
    }

    /// Lᵢ(ζ) = ωⁱ/n·(ζⁿ-1)/(ζ-ωⁱ) for i = 0..max(ℓ,1)-1, then for i = ℓ+cⱼ,
    /// j < k, with one inversion for all (Montgomery's trick). A zero
    /// denominator gives zero, as gnark's inverse of zero is zero.
    function _lagranges(bytes calldata vk, Ctx memory c) private view returns (uint256[] memory lag, bool ok) {
        uint256[] memory wi;
        (wi, ok) = _rootPowers(vk, c);
        if (!ok) return (lag, false);
        uint256 m = wi.length;
        lag = new uint256[](m);
        // prefix[i]: the product of the non-zero ζ-ωʲ, j < i
        uint256[] memory prefix = new uint256[](m);
        uint256 zeta = c.zeta;
        uint256 acc = 1;
        assembly ("memory-safe") {
            for { let i := 0x20 } iszero(gt(i, shl(5, m))) { i := add(i, 0x20) } {
                let d := addmod(zeta, sub(R, mload(add(wi, i))), R)
                mstore(add(lag, i), d)
                mstore(add(prefix, i), acc)
                if d { acc := mulmod(acc, d, R) }
            }
        }
        uint256 inv;
        (ok, inv) = _expMod(acc, R - 2);
        if (!ok) return (lag, false);
        uint256 zhOverN = mulmod(c.zh, c.nInv, R); // (ζⁿ-1)/n
        assembly ("memory-safe") {
            for { let i := shl(5, m) } i { i := sub(i, 0x20) } {
                let d := mload(add(lag, i))
                if d {
                    // 1/d = inv·prefix[i]; then inv becomes 1/prefix[i]
                    let li := mulmod(mulmod(inv, mload(add(prefix, i)), R), mulmod(zhOverN, mload(add(wi, i)), R), R)
                    mstore(add(lag, i), li)
                    inv := mulmod(inv, d, R)
                }
            }
        }
    }

    /// ωⁱ for i = 0..max(ℓ,1)-1, then ω^(ℓ+cⱼ) for j < k.
    function _rootPowers(bytes calldata vk, Ctx memory c) private view returns (uint256[] memory wi, bool ok) {
        uint256 first = c.nbPublic == 0 ? 1 : c.nbPublic;
        wi = new uint256[](first + c.k);
        uint256 omega = c.omega;
        assembly ("memory-safe") {
            let w := 1
            for { let i := 0x20 } iszero(gt(i, shl(5, first))) { i := add(i, 0x20) } {
                mstore(add(wi, i), w)
                w := mulmod(w, omega, R)
            }
        }
        uint256 indexes = VK_QCP + 0x40 * c.k;
        for (uint256 j = 0; j < c.k; j++) {
            // ℓ + cⱼ < n ≤ 2^28 (checked by _readKey)
            (ok, wi[first + j]) = _expMod(omega, c.nbPublic + _word(vk, indexes + 0x20 * j));
            if (!ok) return (wi, false);
        }
        ok = true;
    }

    /// The BSB22 commitment at proof[off:off+64] hashed to a field element:
    /// RFC 9380 expand_message_xmd (SHA-256, DST "BSB22-Plonk") to 48
    /// bytes, read big-endian mod r (gnark-crypto's fr.Hash).
    function _hashCommitment(bytes calldata proof, uint256 off) private pure returns (uint256) {
        // b₀ = H(Z_pad(64) ‖ msg ‖ I2OSP(48, 2) ‖ I2OSP(0, 1) ‖ DST')
        bytes32 b0 = sha256(
            abi.encodePacked(bytes32(0), bytes32(0), proof[off:off + 0x40], hex"003000", HASH_DST_PRIME)
        );
        // b₁ = H(b₀ ‖ 1 ‖ DST'), b₂ = H((b₀ ⊕ b₁) ‖ 2 ‖ DST')
        bytes32 b1 = sha256(abi.encodePacked(b0, uint8(1), HASH_DST_PRIME));
        bytes32 b2 = sha256(abi.encodePacked(b0 ^ b1, uint8(2), HASH_DST_PRIME));
        // the 48 bytes b₁ ‖ b₂[:16] as a number mod r
        return addmod(mulmod(uint256(b1), 1 << 128, R), uint256(b2) >> 128, R);
    }

    // ------------------------------------------- the linearised polynomial

    /// The opening of the linearised polynomial at ζ, which the proof does
    /// not carry: -[PI(ζ) - α²L₀(ζ) + α(l+β·s1+γ)(r+β·s2+γ)(o+γ)·z(ζω)].
    function _linearisedOpening(bytes calldata proof, Ctx memory c) private pure {
        uint256 beta = c.beta;
        uint256 gamma = c.gamma;
        uint256 t = addmod(
            addmod(_word(proof, PR_L_AT_ZETA), mulmod(beta, _word(proof, PR_S1_AT_ZETA), R), R),
            gamma,
            R
        );
        t = mulmod(
            t,
            addmod(addmod(_word(proof, PR_R_AT_ZETA), mulmod(beta, _word(proof, PR_S2_AT_ZETA), R), R), gamma, R),
            R
        );
        t = mulmod(t, addmod(_word(proof, PR_O_AT_ZETA), gamma, R), R);
        t = mulmod(mulmod(t, c.alpha, R), _word(proof, PR_Z_AT_ZETA_OMEGA), R);
        c.linEval = _neg(addmod(addmod(c.pi, t, R), _neg(c.alpha2L0), R));
    }

    /// The coefficient of [S3] in the linearised polynomial:
    /// α·β·z(ζω)·(l+β·s1(ζ)+γ)(r+β·s2(ζ)+γ).
    function _s3Coefficient(bytes calldata proof, Ctx memory c) private pure returns (uint256 s) {
        uint256 beta = c.beta;
        uint256 gamma = c.gamma;
        s = addmod(addmod(_word(proof, PR_L_AT_ZETA), mulmod(beta, _word(proof, PR_S1_AT_ZETA), R), R), gamma, R);
        s = mulmod(
            s,
            addmod(addmod(_word(proof, PR_R_AT_ZETA), mulmod(beta, _word(proof, PR_S2_AT_ZETA), R), R), gamma, R),
            R
        );
        s = mulmod(mulmod(mulmod(s, beta, R), c.alpha, R), _word(proof, PR_Z_AT_ZETA_OMEGA), R);
    }

    /// The coefficient of [Z] in the linearised polynomial:
    /// α²L₀(ζ) - α(l+β·ζ+γ)(r+β·u·ζ+γ)(o+β·u²·ζ+γ).
    function _zCoefficient(bytes calldata proof, Ctx memory c) private pure returns (uint256) {
        uint256 gamma = c.gamma;
        uint256 bz = mulmod(c.beta, c.zeta, R); // β·ζ
        uint256 t = addmod(addmod(_word(proof, PR_L_AT_ZETA), bz, R), gamma, R);
        bz = mulmod(bz, c.shift, R); // β·u·ζ
        t = mulmod(t, addmod(addmod(_word(proof, PR_R_AT_ZETA), bz, R), gamma, R), R);
        bz = mulmod(bz, c.shift, R); // β·u²·ζ
        t = mulmod(t, addmod(addmod(_word(proof, PR_O_AT_ZETA), bz, R), gamma, R), R);
        return addmod(c.alpha2L0, _neg(mulmod(t, c.alpha, R)), R);
    }

    /// [lin] = l·[Ql] + r·[Qr] + lr·[Qm] + o·[Qo] + [Qk] + Σⱼ qcpⱼ(ζ)·[Bsb22ⱼ]
    ///   + s3·[S3] + z·[Z] - (ζⁿ-1)([H0] + ζⁿ⁺²[H1] + ζ²⁽ⁿ⁺²⁾[H2]), with s3 and z
    /// the coefficients _s3Coefficient and _zCoefficient compute.
    function _linearisedCommitment(bytes calldata vk, bytes calldata proof, Ctx memory c)
        private
        view
        returns (bool)
    {
        return _linearisedSelectors(vk, proof, c) && _linearisedPermutation(vk, proof, c);
    }

    /// [lin] += l·[Ql] + r·[Qr] + lr·[Qm] + o·[Qo] + [Qk] + Σⱼ qcpⱼ(ζ)·[Bsb22ⱼ].
    function _linearisedSelectors(bytes calldata vk, bytes calldata proof, Ctx memory c)
        private
        view
        returns (bool ok)
    {
        uint256[2] memory acc = c.lin;
        uint256 l = _word(proof, PR_L_AT_ZETA);
        uint256 r = _word(proof, PR_R_AT_ZETA);
        ok = _mulAdd(acc, vk, VK_QL, l) && _mulAdd(acc, vk, VK_QR, r) && _mulAdd(acc, vk, VK_QM, mulmod(l, r, R))
            && _mulAdd(acc, vk, VK_QO, _word(proof, PR_O_AT_ZETA)) && _add(acc, vk, VK_QK);
        for (uint256 j = 0; ok && j < c.k; j++) {
            ok = _mulAdd(acc, proof, c.bsb + 0x40 * j, _word(proof, PR_QCP_AT_ZETA + 0x20 * j));
        }
    }

    /// [lin] += s3·[S3] + z·[Z] - (ζⁿ-1)([H0] + ζⁿ⁺²[H1] + ζ²⁽ⁿ⁺²⁾[H2]).
    function _linearisedPermutation(bytes calldata vk, bytes calldata proof, Ctx memory c)
        private
        view
        returns (bool)
    {
        uint256[2] memory acc = c.lin;
        uint256 hzn = mulmod(c.zetaNPlus2, c.zh, R); // ζⁿ⁺²(ζⁿ-1)
        return _mulAdd(acc, vk, VK_S3, _s3Coefficient(proof, c)) && _mulAdd(acc, proof, PR_Z, _zCoefficient(proof, c))
            && _mulAdd(acc, proof, PR_H0, _neg(c.zh)) && _mulAdd(acc, proof, PR_H1, _neg(hzn))
            && _mulAdd(acc, proof, PR_H2, _neg(mulmod(hzn, c.zetaNPlus2, R)));
    }

    // ------------------------------------------------------------- KZG

    /// The folding challenge of gnark-crypto's kzg.FoldProof: SHA-256 of
    /// "gamma" ‖ ζ ‖ [lin], [L], [R], [O], [S1], [S2], [Qcp] ‖ their openings
    /// at ζ ‖ z(ζω), reduced mod r.
    function _deriveKzgChallenge(bytes calldata vk, bytes calldata proof, Ctx memory c) private pure {
        bytes memory digests = abi.encodePacked(
            c.lin[0], c.lin[1], proof[PR_L:PR_H0], vk[VK_S1:VK_S3], vk[VK_QCP:VK_QCP + 0x40 * c.k]
        );
        bytes32 h = sha256(
            abi.encodePacked(
                "gamma",
                c.zeta,
                digests,
                c.linEval,
                proof[PR_L_AT_ZETA:PR_Z], // l, r, o, s1, s2
                proof[PR_QCP_AT_ZETA:c.bsb],
                proof[PR_Z_AT_ZETA_OMEGA:PR_W_ZETA]
            )
        );
        c.gammaKzg = uint256(h) % R;
    }

    /// Folds the openings at ζ with powers of the folding challenge:
    /// [F] = [lin] + γ[L] + γ²[R] + γ³[O] + γ⁴[S1] + γ⁵[S2] + Σⱼ γ⁶⁺ʲ[Qcpⱼ]
    /// and f = lin(ζ) + γl(ζ) + ... the same way.
    function _foldAtZeta(bytes calldata vk, bytes calldata proof, Ctx memory c) private view returns (bool ok) {
        uint256 g = c.gammaKzg;
        uint256[2] memory acc = c.folded;
        acc[0] = c.lin[0];
        acc[1] = c.lin[1];
        uint256 eval = c.linEval;
        uint256 gi = g;
        ok = true;
        // [L], [R], [O] with l, r, o
        for (uint256 i = 0; ok && i < 3; i++) {
            ok = _mulAdd(acc, proof, PR_L + 0x40 * i, gi);
            eval = addmod(eval, mulmod(gi, _word(proof, PR_L_AT_ZETA + 0x20 * i), R), R);
            gi = mulmod(gi, g, R);
        }
        // [S1], [S2] with s1, s2
        for (uint256 i = 0; ok && i < 2; i++) {
            ok = _mulAdd(acc, vk, VK_S1 + 0x40 * i, gi);
            eval = addmod(eval, mulmod(gi, _word(proof, PR_S1_AT_ZETA + 0x20 * i), R), R);
            gi = mulmod(gi, g, R);
        }
        // [Qcpⱼ] with qcpⱼ(ζ)
        for (uint256 j = 0; ok && j < c.k; j++) {
            ok = _mulAdd(acc, vk, VK_QCP + 0x40 * j, gi);
            eval = addmod(eval, mulmod(gi, _word(proof, PR_QCP_AT_ZETA + 0x20 * j), R), R);
            gi = mulmod(gi, g, R);
        }
        c.foldedEval = eval;
    }

    /// The batch check of the two openings ([F], f at ζ with proof W and
    /// [Z], z(ζω) at ζω with proof W'), as gnark-crypto's
    /// kzg.BatchVerifyMultiPoints with the combination coefficient λ a hash
    /// of [F], W, [Z], W', ζ and the folding challenge:
    /// e([F] + λ[Z] - (f + λz(ζω))[1] + ζW + λζω·W', [1]G2)
    ///   · e(-(W + λW'), [τ]G2) = 1.
    function _batchPairing(bytes calldata vk, bytes calldata proof, Ctx memory c) private view returns (bool) {
        uint256[2] memory left = c.folded;
        uint256 lambda = uint256(
            sha256(
                abi.encodePacked(
                    left[0],
                    left[1],
                    proof[PR_W_ZETA:PR_W_ZETA + 0x40],
                    proof[PR_Z:PR_Z + 0x40],
                    proof[PR_W_ZETA_OMEGA:PR_W_ZETA_OMEGA + 0x40],
                    c.zeta,
                    c.gammaKzg
                )
            )
        ) % R;
        uint256 evals = addmod(c.foldedEval, mulmod(lambda, _word(proof, PR_Z_AT_ZETA_OMEGA), R), R);
        uint256 zetaOmega = mulmod(c.zeta, c.omega, R);
        uint256[2] memory right; // infinity
        bool ok = _mulAdd(left, proof, PR_Z, lambda) && _mulAdd(left, vk, VK_G1, _neg(evals))
            && _mulAdd(left, proof, PR_W_ZETA, c.zeta)
            && _mulAdd(left, proof, PR_W_ZETA_OMEGA, mulmod(lambda, zetaOmega, R)) && _add(right, proof, PR_W_ZETA)
            && _mulAdd(right, proof, PR_W_ZETA_OMEGA, lambda);
        if (!ok) return false;
        if (right[1] != 0) right[1] = P - right[1]; // -(W + λW'); infinity stays (0, 0)
        return _pairing(left, right, vk);
    }

    // ----------------------------------------------------------- helpers

    /// The 32-byte word at b[off:off+32] (the callers check the length).
    function _word(bytes calldata b, uint256 off) private pure returns (uint256 w) {
        assembly ("memory-safe") {
            w := calldataload(add(b.offset, off))
        }
    }

    /// Whether b[off:off+128] is all zeros.
    function _isZero4(bytes calldata b, uint256 off) private pure returns (bool) {
        return (_word(b, off) | _word(b, off + 0x20) | _word(b, off + 0x40) | _word(b, off + 0x60)) == 0;
    }

    /// Whether b[from:to] holds G1 points, 64 bytes each, in gnark's
    /// RawBytes encoding: (0, 0) for infinity, or reduced coordinates with
    /// y² = x³ + 3 (the callers check the bounds).
    function _onCurve(bytes calldata b, uint256 from, uint256 to) private pure returns (bool ok) {
        assembly ("memory-safe") {
            ok := 1
            for {
                let p := add(b.offset, from)
                let end := add(b.offset, to)
            } lt(p, end) { p := add(p, 0x40) } {
                let x := calldataload(p)
                let y := calldataload(add(p, 0x20))
                if or(x, y) {
                    let onCurve := eq(mulmod(y, y, P), addmod(mulmod(mulmod(x, x, P), x, P), 3, P))
                    if iszero(and(and(lt(x, P), lt(y, P)), onCurve)) {
                        ok := 0
                        break
                    }
                }
            }
        }
    }

    /// Whether the words of b[from:to] are all less than r.
    function _reduced(bytes calldata b, uint256 from, uint256 to) private pure returns (bool ok) {
        assembly ("memory-safe") {
            ok := 1
            for {
                let p := add(b.offset, from)
                let end := add(b.offset, to)
            } lt(p, end) { p := add(p, 0x20) } {
                if iszero(lt(calldataload(p), R)) {
                    ok := 0
                    break
                }
            }
        }
    }

    /// Whether the values are all less than r.
    function _reduced(uint256[] calldata values) private pure returns (bool ok) {
        assembly ("memory-safe") {
            ok := 1
            for {
                let p := values.offset
                let end := add(p, shl(5, values.length))
            } lt(p, end) { p := add(p, 0x20) } {
                if iszero(lt(calldataload(p), R)) {
                    ok := 0
                    break
                }
            }
        }
    }

    /// -x mod r.
    function _neg(uint256 x) private pure returns (uint256) {
        return x == 0 ? 0 : R - x;
    }

    /// acc += s·(the point at b[off:off+64]) with the ecMul and ecAdd
    /// precompiles; false if one fails.
    function _mulAdd(uint256[2] memory acc, bytes calldata b, uint256 off, uint256 s) private view returns (bool ok) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, add(b.offset, off), 0x40)
            mstore(add(m, 0x40), s)
            ok := staticcall(gas(), 0x07, m, 0x60, m, 0x40)
            if ok {
                mstore(add(m, 0x40), mload(acc))
                mstore(add(m, 0x60), mload(add(acc, 0x20)))
                ok := staticcall(gas(), 0x06, m, 0x80, acc, 0x40)
            }
        }
    }

    /// acc += the point at b[off:off+64]; false if ecAdd fails.
    function _add(uint256[2] memory acc, bytes calldata b, uint256 off) private view returns (bool ok) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            calldatacopy(m, add(b.offset, off), 0x40)
            mstore(add(m, 0x40), mload(acc))
            mstore(add(m, 0x60), mload(add(acc, 0x20)))
            ok := staticcall(gas(), 0x06, m, 0x80, acc, 0x40)
        }
    }

    /// e(a, [1]G2)·e(b, [τ]G2) == 1 with the pairing precompile; false if
    /// it fails (a G2 point of the key not in G2).
    function _pairing(uint256[2] memory a, uint256[2] memory b, bytes calldata vk) private view returns (bool ok) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, mload(a))
            mstore(add(m, 0x20), mload(add(a, 0x20)))
            calldatacopy(add(m, 0x40), add(vk.offset, VK_G2), 0x80)
            mstore(add(m, 0xc0), mload(b))
            mstore(add(m, 0xe0), mload(add(b, 0x20)))
            calldatacopy(add(m, 0x100), add(vk.offset, VK_TAU_G2), 0x80)
            ok := staticcall(gas(), 0x08, m, 0x180, m, 0x20)
            ok := and(ok, eq(mload(m), 1))
        }
    }

    /// base^e mod r with the modexp precompile.
    function _expMod(uint256 base, uint256 e) private view returns (bool ok, uint256 result) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, 0x20) // length of base
            mstore(add(m, 0x20), 0x20) // length of exponent
            mstore(add(m, 0x40), 0x20) // length of modulus
            mstore(add(m, 0x60), base)
            mstore(add(m, 0x80), e)
            mstore(add(m, 0xa0), R)
            ok := staticcall(gas(), 0x05, m, 0xc0, m, 0x20)
            result := mload(m)
        }
    }
}
