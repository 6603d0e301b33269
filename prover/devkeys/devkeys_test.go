package devkeys

import (
	"io/fs"
	"strings"
	"testing"
)

// TestVerifyingKeyByID checks that every embedded folder's verifying key,
// read alone, is the one its full keys hold.
func TestVerifyingKeyByID(t *testing.T) {
	dirs, err := fs.ReadDir(keys, "keys")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("embedded key folders: %v (%d)", err, len(dirs))
	}
	for _, d := range dirs {
		id, _, _ := strings.Cut(d.Name(), "-")
		full, ok, err := ByID(id)
		if err != nil || !ok {
			t.Fatalf("%s: %v (found %v)", d.Name(), err, ok)
		}
		vk, ok, err := VerifyingKeyByID(id)
		if err != nil || !ok {
			t.Fatalf("%s, verifying key alone: %v (found %v)", d.Name(), err, ok)
		}
		if vk.VKHash != full.VKHash || vk.Setup != full.Setup || vk.Dir != full.Dir || vk.Options != full.Options || vk.CCS != nil || vk.PK != nil {
			t.Errorf("%s: verifying key alone %+v, full keys %+v", d.Name(), vk, full)
		}
		var a, b strings.Builder
		vk.VK.WriteTo(&a)
		full.VK.WriteTo(&b)
		if a.String() != b.String() {
			t.Errorf("%s: the verifying keys differ", d.Name())
		}
	}
	if _, ok, err := VerifyingKeyByID("000000000000000000000000"); ok || err != nil {
		t.Errorf("a circuit with no embedded keys: found %v, %v", ok, err)
	}
}
