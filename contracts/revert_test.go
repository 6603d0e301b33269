package contracts

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkinfer/zkinfer/contracts/bindings/escrow"
)

// TestRevertErrorText: a revert reads as the Solidity error, its fields
// named and formatted as numbers, addresses and hex.
func TestRevertErrorText(t *testing.T) {
	var h [32]byte
	h[31] = 0xab
	cases := []struct {
		err  RevertError
		want string
	}{
		{RevertError{"InvalidProof", &escrow.EscrowInvalidProof{JobId: big.NewInt(2)}}, "reverted with InvalidProof(jobId 2)"},
		{RevertError{"JobNotOpen", &escrow.EscrowJobNotOpen{JobId: big.NewInt(7), State: 2}}, "reverted with JobNotOpen(jobId 7, state 2)"},
		{RevertError{"KeyMismatch", &escrow.EscrowKeyMismatch{Expected: h}}, "reverted with KeyMismatch(expected 0x" + common.Bytes2Hex(h[:]) + ", registered 0x" + common.Bytes2Hex(make([]byte, 32)) + ")"},
		{RevertError{"Empty", &struct{}{}}, "reverted with Empty"},
		{RevertError{"NoArgs", nil}, "reverted with NoArgs"},
	}
	for _, c := range cases {
		if got := c.err.Error(); got != c.want {
			t.Errorf("%s: %q, want %q", c.err.Name, got, c.want)
		}
	}
}
