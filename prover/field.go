package prover

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Field is a BN254 scalar written as 0x-prefixed 32-byte big-endian hex in
// JSON. Reading rejects non-canonical values (≥ the field modulus).
type Field fr.Element

// Element returns the field element.
func (f Field) Element() fr.Element { return fr.Element(f) }

// FieldOfBig reduces v (a chain word, as an event or a view returns it)
// to a field element.
func FieldOfBig(v *big.Int) Field {
	var e fr.Element
	e.SetBigInt(v)
	return Field(e)
}

func (f Field) String() string {
	e := fr.Element(f)
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// MarshalText implements encoding.TextMarshaler.
func (f Field) MarshalText() ([]byte, error) { return []byte(f.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (f *Field) UnmarshalText(text []byte) error {
	s := strings.TrimPrefix(string(text), "0x")
	if len(s) != 2*fr.Bytes {
		return fmt.Errorf("field element %q: want 0x and %d hex digits", text, 2*fr.Bytes)
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return fmt.Errorf("field element %q: %w", text, err)
	}
	var e fr.Element
	if err := e.SetBytesCanonical(b); err != nil {
		return fmt.Errorf("field element %q: %w", text, err)
	}
	*f = Field(e)
	return nil
}
