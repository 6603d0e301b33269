package prover

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

// fileTranscript is the copy of the phase-2 transcript a ceremony's key
// folder keeps, for the provider to publish.
const fileTranscript = "transcript.zkc"

// CeremonyKeyDirName is the name of the key folder of circuit id sealed
// from the phase-2 transcript whose SHA-256 is transcript.
func CeremonyKeyDirName(id, transcript string) string {
	return id + "-ceremony-" + ceremony.Short(transcript)[:16]
}

// SetupCeremonyLabel is the setup label of keys sealed from a phase-2
// transcript: how many contributed, to which transcript, and what was
// checked of the phase 1 it starts from (ceremony.LoadPhase1's account,
// never the transcript's own word). It never says "unsafe": nobody can
// forge proofs unless every contributor of a phase colluded (or kept its
// randomness).
func SetupCeremonyLabel(t *ceremony.Transcript, transcriptSHA, phase1 string) string {
	return fmt.Sprintf("multi-party ceremony, %s (phase-2 transcript sha256 %s; phase 1: %s)",
		ceremony.CountContributions(t.Contributions()), transcriptSHA, phase1)
}

// LagrangeCacheDir is the folder of a key cache (cacheDir) that keeps the
// Lagrange forms of SRSs (PLONK's, and phase 2's: ceremony.SRS.LagrangeDir),
// or "" for no cache.
func LagrangeCacheDir(cacheDir string) string {
	if cacheDir == "" {
		return ""
	}
	return filepath.Join(cacheDir, "lagrange")
}

// ReadPhase2 reads a phase-2 transcript for (m, opts): a Groth16 circuit,
// sealed, and named for this circuit. It returns the transcript and its
// file's SHA-256.
func ReadPhase2(path string, m *models.Model, opts Options) (*ceremony.Transcript, string, error) {
	t, sha, err := ceremony.ReadTranscriptFile(path)
	if err != nil {
		return nil, "", err
	}
	if t.Header.Phase != ceremony.Phase2 {
		return nil, "", fmt.Errorf("%s is a %s transcript: keys come from a phase-2 transcript (zkinfer ceremony phase2 start)", path, t.Header.Phase)
	}
	if !t.Sealed() {
		return nil, "", fmt.Errorf("%s: %w: run zkinfer ceremony seal with the beacon announced for it", path, ceremony.ErrNotSealed)
	}
	if id := CircuitID(m, opts); t.Header.Circuit != id {
		return nil, "", fmt.Errorf("%s: %w: the transcript is for circuit %s, %s with %s is circuit %s", path, ceremony.ErrStart, t.Header.Circuit, m.Name, opts.WithDefaults(), id)
	}
	return t, sha, nil
}

// SetupCeremony returns the Groth16 keys of (m, opts) sealed from a phase-2
// transcript (transcriptPath) that starts from the phase 1 at srsPath (a
// .ptau, a sealed phase-1 transcript or an SRS file: ceremony.LoadPhase1):
// from cacheDir when an earlier call left them there, or else by checking
// the whole transcript (its start recomputed from the circuit and the
// phase 1, every contribution, the beacon) and sealing it. The keys name
// the transcript's SHA-256 (Keys.Transcript), and their folder keeps a copy
// of it to publish. The Lagrange form of the phase 1 the start is
// recomputed from is cached in cacheDir too (LagrangeCacheDir).
func SetupCeremony(ctx context.Context, m *models.Model, opts Options, transcriptPath, srsPath, cacheDir string, progress Progress) (*Keys, error) {
	opts, err := resolve(m, opts)
	if err != nil {
		return nil, err
	}
	if opts.System() != BackendGroth16 {
		return nil, fmt.Errorf("%w: a phase-2 ceremony makes Groth16 keys; PLONK keys come from the phase-1 SRS itself (--srs)", ErrOptions)
	}
	if progress == nil {
		progress = func(string) {}
	}
	t, sha, err := ReadPhase2(transcriptPath, m, opts)
	if err != nil {
		return nil, err
	}
	id := t.Header.Circuit
	if cacheDir != "" {
		dir := filepath.Join(cacheDir, CeremonyKeyDirName(id, sha))
		if _, err := os.Stat(filepath.Join(dir, fileManifest)); err == nil {
			progress("load")
			k, err := LoadKeys(dir)
			if err != nil {
				return nil, err
			}
			if k.ID != id || k.Transcript != sha {
				return nil, fmt.Errorf("%w: %s holds keys of circuit %s from transcript %s, wanted circuit %s from transcript %s", ErrCorruptKeys, dir, k.ID, k.Transcript, id, sha)
			}
			return k, nil
		}
	}
	if srsPath == "" {
		return nil, fmt.Errorf("the phase 1 the transcript starts from (an SRS file of sha256 %s) is needed to check it: give it with --phase1, as the .ptau or phase-1 transcript you trust, or the SRS file", t.Header.SRS.SHA256)
	}
	progress("compile")
	ccs, err := Compile(m, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	progress("phase1")
	srs, phase1, err := ceremony.LoadPhase1(srsPath, t.Header.SRS.Power)
	if err != nil {
		return nil, err
	}
	if srs.Info.SHA256 != t.Header.SRS.SHA256 {
		return nil, fmt.Errorf("%w: the transcript starts from the phase-1 SRS of sha256 %s; %s gives one of sha256 %s", ceremony.ErrStart, t.Header.SRS.SHA256, srsPath, srs.Info.SHA256)
	}
	srs.LagrangeDir = LagrangeCacheDir(cacheDir)
	progress("verify")
	pk, vk, err := ceremony.VerifyPhase2(t, srs, ccs, id)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", transcriptPath, err)
	}
	vkHash, err := hashOf(vk)
	if err != nil {
		return nil, err
	}
	k := &Keys{ID: id, Options: opts, CCS: ccs, PK: pk, VK: vk, VKHash: vkHash, Constraints: ccs.GetNbConstraints(),
		Setup: SetupCeremonyLabel(t, sha, phase1), Transcript: sha, transcriptPath: transcriptPath}
	if cacheDir != "" {
		progress("write")
		if err := k.save(cacheDir, m.Name, CeremonyKeyDirName(id, sha)); err != nil {
			return nil, err
		}
	}
	return k, nil
}

// TranscriptHash is Keys.Transcript as the registry records it: zero for
// keys of no ceremony.
func (k *Keys) TranscriptHash() (h [32]byte) {
	b, err := hex.DecodeString(k.Transcript)
	if err == nil && len(b) == len(h) {
		copy(h[:], b)
	}
	return h
}

// TranscriptPath is the copy of the phase-2 transcript in the keys' folder,
// or "" for keys of no ceremony or not in a folder.
func (k *Keys) TranscriptPath() string {
	if k.Transcript == "" || k.Dir == "" {
		return ""
	}
	return filepath.Join(k.Dir, fileTranscript)
}

// copyFile copies src to dst and returns dst's SHA-256.
func copyFile(dst, src string) (string, error) {
	in, err := os.Open(src)
	if err != nil {
		return "", err
	}
	defer in.Close()
	return writeFile(dst, func(w io.Writer) (int64, error) { return io.Copy(w, in) })
}
