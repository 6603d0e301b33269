package ceremony

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

// LoadPhase1 reads a phase 1 from what its user chose to trust, cut to
// 2^power points (0: as it is), and says what was checked: a snarkjs .ptau (every point
// and the powers' consistency checked), a sealed phase-1 transcript
// (every contribution checked and the beacon applied here), or an SRS
// file (its points and powers checked; where it comes from is only its
// header's word). The SRS's Info.SHA256 is the hash of the SRS file the
// source gives (ImportPtau and SealPhase1 are deterministic), which is
// what a phase-2 transcript names.
func LoadPhase1(path string, power int) (*SRS, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	head := make([]byte, len(transcriptMagic))
	n, _ := io.ReadFull(f, head)
	f.Close()
	head = head[:n]
	var (
		srs  *SRS
		what string
	)
	switch {
	case bytes.HasPrefix(head, []byte(ptauMagic)):
		s, info, err := ImportPtau(path, power)
		if err != nil {
			return nil, "", err
		}
		srs, what = s, fmt.Sprintf("snarkjs .ptau sha256 %s, %s, powers checked", Short(info.SHA256), CountContributions(info.Contributions))
	case bytes.HasPrefix(head, []byte(transcriptMagic)):
		t, sha, err := ReadTranscriptFile(path)
		if err != nil {
			return nil, "", err
		}
		if t.Header.Phase != Phase1 {
			return nil, "", fmt.Errorf("%s is a %s transcript, not a phase 1", path, t.Header.Phase)
		}
		if srs, err = SealPhase1(t, nil); err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		what = fmt.Sprintf("zkinfer phase-1 transcript sha256 %s, %s checked, beacon %s", Short(sha), CountContributions(t.Contributions()), Short(t.Header.Beacon))
	case bytes.HasPrefix(head, []byte(srsMagic)):
		s, err := ReadSRSFile(path, "")
		if err != nil {
			return nil, "", err
		}
		if err := CheckPowers(&s.Commons); err != nil {
			return nil, "", fmt.Errorf("%s: %w", path, err)
		}
		if power != 0 && s.Info.Power != power {
			return nil, "", fmt.Errorf("%s holds a phase 1 of 2^%d, the transcript starts from one of 2^%d", path, s.Info.Power, power)
		}
		return s, fmt.Sprintf("SRS file sha256 %s, powers checked; its origin is its own word (%s, %s)", Short(s.Info.SHA256), s.Info.Source, CountContributions(s.Info.Contributions)), nil
	default:
		return nil, "", fmt.Errorf("%s is not a .ptau, a phase-1 transcript or a phase-1 SRS", path)
	}
	if srs.Info.SHA256, err = hashOf(srs); err != nil {
		return nil, "", err
	}
	if power != 0 && srs.Info.Power != power {
		return nil, "", fmt.Errorf("%s gives a phase 1 of 2^%d, the transcript starts from one of 2^%d", path, srs.Info.Power, power)
	}
	return srs, what, nil
}
