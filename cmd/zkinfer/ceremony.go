package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/prover/ceremony"
)

func newCeremony(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ceremony",
		Short: "Run a multi-party trusted setup: no single party can forge proofs",
		Long: `A Groth16 key made by one machine lets whoever ran the setup forge proofs.
A ceremony removes that party: each contributor adds randomness to a file
and passes it on, and nobody can forge proofs unless every contributor
kept (or leaked) its randomness. One honest contributor is enough, so a
buyer who contributes need trust nobody else.

Phase 1 (powers of tau) is universal: one serves every circuit up to its
size, and PLONK keys come from it directly (setup --proof-system plonk
--srs). Import a public one (phase1 import: a snarkjs .ptau, such as the
Perpetual Powers of Tau) or run one. Phase 2 is per circuit (Groth16).

  zkinfer ceremony phase1 start --power 16 -o p1.zkc
  zkinfer ceremony contribute p1.zkc -o p1.zkc --name alice   (each contributor)
  zkinfer ceremony seal p1.zkc --beacon 0x<block hash> -o p1.zkc --srs phase1.srs
  zkinfer ceremony phase2 start --phase1 phase1.srs --model m.zkm -o p2.zkc
  zkinfer ceremony contribute p2.zkc -o p2.zkc --name buyer   (each contributor)
  zkinfer ceremony seal p2.zkc --beacon 0x<block hash> -o p2.zkc
  zkinfer setup --ceremony p2.zkc --phase1 phase1.srs --model m.zkm

Each contributor keeps the hash 'contribute' prints and later checks that
the sealed transcript holds it ('ceremony verify --contains', or a buyer's
'request --require-contribution'). The beacon is public randomness nobody
knows in advance, such as the hash of a block announced before the last
contribution: it stops the last contributor from steering the result.
Every step can be rerun by anyone from the files ('ceremony verify').`,
	}
	phase1 := &cobra.Command{Use: "phase1", Short: "Start or import a phase 1 (powers of tau)"}
	phase1.AddCommand(newPhase1Start(v), newPhase1Import(v))
	phase2 := &cobra.Command{Use: "phase2", Short: "Start the phase 2 of a circuit from a sealed phase 1"}
	phase2.AddCommand(newPhase2Start(v))
	cmd.AddCommand(phase1, phase2, newContribute(v), newCeremonySeal(v), newCeremonyVerify(v))
	return cmd
}

func newPhase1Start(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "start --power P -o FILE",
		Short: "Start a phase-1 transcript for circuits of up to 2^P constraints",
		Long: `start writes the first state of a phase 1 for circuits of up to 2^P
constraints (Groth16) or gates (PLONK). It holds no randomness: pass the
file to the first contributor. A contribution at P = 16 takes about a
minute on two cores, at P = 18 a few; verification is faster.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out := v.GetString("out")
			if err := checkWritable(out); err != nil {
				return fmt.Errorf("-o: %w", err)
			}
			t, err := ceremony.StartPhase1(v.GetInt("power"))
			if err != nil {
				return fmt.Errorf("--power: %w", err)
			}
			sha, err := ceremony.WriteFile(out, t)
			if err != nil {
				return err
			}
			return report(cmd, v, map[string]any{"file": out, "sha256": sha, "power": t.Header.Power},
				fmt.Sprintf("wrote %s: phase 1 for up to 2^%d constraints, no contribution yet\nnext: zkinfer ceremony contribute %s -o FILE", out, t.Header.Power, out))
		},
	}
	cmd.Flags().Int("power", 16, "the phase 1 serves circuits of up to 2^power constraints (1 to 28)")
	cmd.Flags().StringP("out", "o", "phase1.zkc", "transcript file to write")
	return cmd
}

func newPhase1Import(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import FILE.ptau -o SRS [--max-power P]",
		Short: "Use a public powers-of-tau ceremony (a snarkjs .ptau file) as phase 1",
		Long: `import reads a BN254 .ptau file of snarkjs (the format of the Perpetual
Powers of Tau and of the Hermez ceremony, with many independent
contributors), checks every point (on the curve, in its subgroup, not at
infinity) and that its powers are consistent (pairing checks: successive
powers of one tau in G1 and G2, alpha and beta times the same powers),
and writes it as a sealed phase-1 SRS: what phase 2 starts from and what
PLONK setups read.

Compare the file's hashes with those its ceremony published before you
rely on it: import prints its SHA-256 and BLAKE2b-512 (the hash snarkjs
lists). --max-power keeps the first 2^P powers of a larger file.`,
		Args: oneArg("the .ptau file", "zkinfer ceremony phase1 import powersOfTau28_hez_final_16.ptau -o phase1.srs"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out := v.GetString("out")
			if err := checkWritable(out); err != nil {
				return fmt.Errorf("-o: %w", err)
			}
			if err := checkReadable("ptau", args[0]); err != nil {
				return err
			}
			p := newProgress(v.GetBool("json"))
			defer p.End()
			p.Step("read " + args[0] + " and check every point and the powers' consistency")
			srs, info, err := ceremony.ImportPtau(args[0], v.GetInt("max-power"))
			if err != nil {
				return err
			}
			p.Step("write " + out)
			sha, err := ceremony.WriteFile(out, srs)
			p.End()
			if err != nil {
				return err
			}
			res := map[string]any{"file": out, "sha256": sha, "power": srs.Info.Power, "ptau": info}
			return report(cmd, v, res, fmt.Sprintf("%s: power %d (ceremony power %d), %s, powers consistent\nptau sha256 %s\nptau blake2b %s\nwrote phase-1 SRS %s for up to 2^%d constraints, sha256 %s",
				args[0], info.Power, info.CeremonyPower, ceremony.CountContributions(info.Contributions), info.SHA256, info.Blake2b, out, srs.Info.Power, sha))
		},
	}
	cmd.Flags().StringP("out", "o", "phase1.srs", "sealed phase-1 SRS file to write")
	cmd.Flags().Int("max-power", 0, "keep the first 2^P powers (0: all)")
	return cmd
}

func newPhase2Start(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "start --phase1 SRS --model FILE [circuit flags] -o FILE",
		Short: "Start the phase-2 transcript of a model's Groth16 circuit",
		Long: `start compiles the circuit of --model with the circuit flags and writes
the first state of its phase 2, from the phase 1 of --phase1: a sealed
phase-1 SRS file, a snarkjs .ptau (checked and converted here) or a
sealed phase-1 transcript (checked and sealed here). The transcript names
the SRS by its SHA-256; a buyer checking the keys later gives the same
source (or the one it trusts, which must give the same SRS). It holds no
randomness beyond phase 1's: pass the file to the first contributor.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out := v.GetString("out")
			if err := checkWritable(out); err != nil {
				return fmt.Errorf("-o: %w", err)
			}
			if v.GetString("phase1") == "" {
				return errors.New("--phase1 is required: the sealed phase-1 SRS ('ceremony seal --srs' or 'ceremony phase1 import')")
			}
			if err := checkReadable("phase1", v.GetString("phase1")); err != nil {
				return err
			}
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			opts, err := circuitOptions(v, m)
			if err != nil {
				return err
			}
			if opts.System() != prover.BackendGroth16 {
				return errors.New("phase 2 is for Groth16: PLONK keys come from the phase-1 SRS itself (setup --proof-system plonk --srs FILE)")
			}
			p := newProgress(v.GetBool("json"))
			defer p.End()
			p.Step("read the phase 1 (every point and the powers' consistency checked)")
			srs, phase1, err := ceremony.LoadPhase1(v.GetString("phase1"), 0)
			if err != nil {
				return err
			}
			p.Step("compile the circuit of " + m.Name)
			ccs, err := prover.Compile(m, opts)
			if err != nil {
				return err
			}
			p.Step(fmt.Sprintf("evaluate the circuit at the phase 1's powers (%d constraints)", ccs.GetNbConstraints()))
			id := prover.CircuitID(m, opts)
			srs.LagrangeDir = prover.LagrangeCacheDir(cacheDir(v))
			t, err := ceremony.StartPhase2(srs, ccs, id)
			if err != nil {
				return err
			}
			sha, err := ceremony.WriteFile(out, t)
			p.End()
			if err != nil {
				return err
			}
			return report(cmd, v, map[string]any{"file": out, "sha256": sha, "circuitId": id, "constraints": ccs.GetNbConstraints(), "phase1": srs.Info, "phase1Checked": phase1},
				fmt.Sprintf("wrote %s: phase 2 of circuit %s (%s, %s, %d constraints)\nfrom phase 1: %s (SRS sha256 %s)\nnext: zkinfer ceremony contribute %s -o FILE",
					out, id, m.Name, opts, ccs.GetNbConstraints(), phase1, srs.Info.SHA256, out))
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	cmd.Flags().MarkHidden("proof-system") // always Groth16
	cmd.Flags().String("phase1", "", "the phase 1: a sealed SRS file, a snarkjs .ptau or a sealed phase-1 transcript")
	cmd.Flags().StringP("out", "o", "phase2.zkc", "transcript file to write")
	return cmd
}

func newContribute(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "contribute FILE -o OUT [--name NAME]",
		Short: "Add your randomness to a transcript (phase 1 or 2) and get your contribution's hash",
		Long: `contribute reads a transcript, adds a contribution built on its last state
with fresh randomness from the operating system (forgotten when the
command exits: nothing of it is written), and writes the transcript to
-o, which may be FILE itself. It prints the contribution's hash: keep it,
and look for it in the sealed transcript ('ceremony verify --contains',
'request --require-contribution').

contribute checks the transcript's format, not every earlier contribution:
run 'ceremony verify' on what you received if you want to know it is
sound before adding to it (your contribution helps only if the chain it
joins is verified later, which seal and setup do).`,
		Args: oneArg("the transcript file", "zkinfer ceremony contribute phase2.zkc -o phase2.zkc"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out := v.GetString("out")
			if out == "" {
				return errors.New("-o is required: the file to write the transcript with your contribution to (may be the one you read)")
			}
			if err := checkWritable(out); err != nil {
				return fmt.Errorf("-o: %w", err)
			}
			t, _, err := ceremony.ReadTranscriptFile(args[0])
			if err != nil {
				return err
			}
			p := newProgress(v.GetBool("json"))
			p.Step(fmt.Sprintf("contribute to the %s transcript (2^%d; %s so far)", t.Header.Phase, t.Header.Power, ceremony.CountContributions(t.Contributions())))
			hash, err := ceremony.Contribute(t, v.GetString("name"))
			if err != nil {
				p.End()
				return fmt.Errorf("%s: %w", args[0], err)
			}
			p.Step("write " + out)
			sha, err := ceremony.WriteFile(out, t)
			p.End()
			if err != nil {
				return err
			}
			return report(cmd, v, map[string]any{"file": out, "sha256": sha, "phase": t.Header.Phase, "contribution": t.Contributions(), "hash": hash, "short": ceremony.Short(hash)},
				fmt.Sprintf("contribution %d added to %s\nyour contribution's hash: %s\nkeep it: a sealed transcript that holds your contribution lists %s", t.Contributions(), out, hash, ceremony.Short(hash)))
		},
	}
	cmd.Flags().StringP("out", "o", "", "transcript file to write (may be the input)")
	cmd.Flags().String("name", "", "a name for your contribution, shown to others (not checked)")
	return cmd
}

func newCeremonySeal(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "seal FILE --beacon HEX -o OUT [--srs SRS]",
		Short: "Check every contribution and seal a transcript with a public beacon",
		Long: `seal checks every contribution of a transcript, then records the beacon:
public randomness nobody could know before the last contribution (for
example the hash of a block whose number was announced in advance). The
beacon is applied to the keys or SRS deterministically, so anyone can
rerun it. A sealed transcript takes no more contributions.

For a phase 1, --srs also writes the sealed SRS: what phase 2 starts from
and what PLONK setups read (its SHA-256 names it). For a phase 2, the
keys come from 'zkinfer setup --ceremony OUT --phase1 SRS'.`,
		Args: oneArg("the transcript file", "zkinfer ceremony seal phase1.zkc --beacon 0x… -o phase1.zkc --srs phase1.srs"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out, srsOut := v.GetString("out"), v.GetString("srs")
			if out == "" {
				return errors.New("-o is required: the file to write the sealed transcript to (may be the one you read)")
			}
			beacon, err := ceremony.ParseBeacon(v.GetString("beacon"))
			if err != nil {
				return fmt.Errorf("--beacon: %w", err)
			}
			for _, path := range []string{out, srsOut} {
				if path != "" {
					if err := checkWritable(path); err != nil {
						return err
					}
				}
			}
			t, _, err := ceremony.ReadTranscriptFile(args[0])
			if err != nil {
				return err
			}
			if srsOut != "" && t.Header.Phase != ceremony.Phase1 {
				return errors.New("--srs is for a phase-1 transcript; a phase 2 gives keys: zkinfer setup --ceremony FILE --phase1 SRS")
			}
			p := newProgress(v.GetBool("json"))
			defer p.End()
			step := func(i int) { p.Step(fmt.Sprintf("check contribution %d of %d", i, t.Contributions())) }
			var srs *ceremony.SRS
			if srsOut != "" {
				srs, err = ceremony.SealSRS(t, beacon, step)
			} else {
				err = ceremony.Seal(t, beacon, step)
			}
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			p.Step("write " + out)
			sha, err := ceremony.WriteFile(out, t)
			if err != nil {
				return err
			}
			res := map[string]any{"file": out, "sha256": sha, "phase": t.Header.Phase, "contributions": t.Contributions(), "beacon": t.Header.Beacon}
			text := fmt.Sprintf("sealed %s: %s, beacon %s\ntranscript sha256 %s", out, ceremony.CountContributions(t.Contributions()), t.Header.Beacon, sha)
			if srs != nil {
				p.Step("write " + srsOut)
				if _, err := ceremony.WriteFile(srsOut, srs); err != nil {
					return err
				}
				res["srs"], res["srsSha256"] = srsOut, srs.Info.SHA256
				text += fmt.Sprintf("\nphase-1 SRS %s, sha256 %s\n(for phase 2: ceremony phase2 start --phase1 %s; for PLONK: setup --srs %s --srs-sha256 %s)", srsOut, srs.Info.SHA256, srsOut, srsOut, srs.Info.SHA256)
			}
			p.End()
			return report(cmd, v, res, text)
		},
	}
	cmd.Flags().StringP("out", "o", "", "sealed transcript file to write (may be the input)")
	cmd.Flags().String("beacon", "", "the public beacon in hex, at least 16 bytes (e.g. 0x and a block hash announced in advance)")
	cmd.Flags().String("srs", "", "phase 1: also write the sealed SRS to this file")
	return cmd
}

func newCeremonyVerify(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify FILE [--beacon HEX] [--contains HASH] [--srs SRS | --phase1 SRS --model FILE]",
		Short: "Check a transcript from its start: every contribution, the beacon, what it sealed",
		Long: `verify checks a transcript from its start: each contribution's proofs of
knowledge and consistency, and that each builds on the hash of the one
before (none dropped, reordered or altered). With --beacon, the
transcript must be sealed with that beacon (the one announced). With
--contains, it must hold that contribution (your hash from 'contribute',
or at least its first 32 hex digits).

Phase 1: with --srs, the SRS file must be the one the sealed transcript
gives (recomputed here). Phase 2: with --phase1 and --model (and the
circuit flags), the start is recomputed from the circuit and the phase 1,
and the verifying key the transcript seals is printed, to compare with
the one a provider registered.`,
		Args: oneArg("the transcript file", "zkinfer ceremony verify phase2.zkc --contains 3f2a…"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			t, sha, err := ceremony.ReadTranscriptFile(args[0])
			if err != nil {
				return err
			}
			if b := v.GetString("beacon"); b != "" {
				want, err := ceremony.ParseBeacon(b)
				if err != nil {
					return fmt.Errorf("--beacon: %w", err)
				}
				if got := t.Header.Beacon; got != fmt.Sprintf("%x", want) {
					if got == "" {
						return fmt.Errorf("%s: %w", args[0], ceremony.ErrNotSealed)
					}
					return fmt.Errorf("%s: %w: sealed with beacon %s, not the announced %x", args[0], ceremony.ErrBeacon, got, want)
				}
			}
			res := map[string]any{"file": args[0], "sha256": sha, "phase": t.Header.Phase, "power": t.Header.Power,
				"contributions": t.Header.Contributions, "beacon": t.Header.Beacon}
			if h := v.GetString("contains"); h != "" {
				i := t.Find(h)
				if i == 0 {
					return fmt.Errorf("%s: no contribution's hash starts with %s (give your hash from 'contribute', at least 32 hex digits)", args[0], h)
				}
				res["contains"] = i
			}
			p := newProgress(v.GetBool("json"))
			defer p.End()
			step := func(i int) { p.Step(fmt.Sprintf("check contribution %d of %d", i, t.Contributions())) }
			var lines []string
			switch {
			case t.Header.Phase == ceremony.Phase2 && v.GetString("phase1") != "":
				m, err := loadModel(v)
				if err != nil {
					return err
				}
				opts, err := circuitOptions(v, m)
				if err != nil {
					return err
				}
				p.Step("check the start (recomputed from the circuit and the phase 1), every contribution and the beacon")
				k, err := prover.SetupCeremony(cmd.Context(), m, opts, args[0], v.GetString("phase1"), "", nil)
				if err != nil {
					return err
				}
				key, err := k.ChainKey()
				if err != nil {
					return err
				}
				res["verifyingKeyHash"], res["chainKeyHash"] = k.VKHash, fmt.Sprintf("0x%x", prover.ChainKeyHash(key))
				lines = append(lines, fmt.Sprintf("start recomputed from circuit %s and phase 1 %s", k.ID, ceremony.Short(t.Header.SRS.SHA256)),
					fmt.Sprintf("sealed verifying key sha256 %s, on-chain key keccak256 %s", k.VKHash, res["chainKeyHash"]))
			case t.Header.Phase == ceremony.Phase1 && v.GetString("srs") != "":
				srs, err := ceremony.SealPhase1(t, step)
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				p.Step("compare with " + v.GetString("srs"))
				file, err := fileSHA256(v.GetString("srs"))
				if err != nil {
					return err
				}
				got := srs.Info.SHA256
				if file != got {
					return fmt.Errorf("%w: %s (sha256 %s) is not the SRS this transcript seals (sha256 %s)", ceremony.ErrBeacon, v.GetString("srs"), file, got)
				}
				res["srsSha256"] = got
				lines = append(lines, fmt.Sprintf("%s is the SRS it seals (sha256 %s)", v.GetString("srs"), got))
			default:
				if err := ceremony.Verify(t, step); err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				if t.Header.Phase == ceremony.Phase2 {
					lines = append(lines, "start not recomputed: give --phase1 and --model to check it and see the keys it seals")
				}
			}
			p.End()
			head := fmt.Sprintf("%s: %s transcript (2^%d), %s verified, ", args[0], t.Header.Phase, t.Header.Power, ceremony.CountContributions(t.Contributions()))
			if t.Sealed() {
				head += "sealed with beacon " + t.Header.Beacon
			} else {
				head += "not sealed"
			}
			text := []string{head}
			for i, c := range t.Header.Contributions {
				mark := ""
				if res["contains"] == i+1 {
					mark = "   <- yours"
				}
				text = append(text, fmt.Sprintf("  %2d  %s  %s%s", i+1, ceremony.Short(c.Hash), c.Name, mark))
			}
			return report(cmd, v, res, strings.Join(append(text, lines...), "\n"))
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	cmd.Flags().MarkHidden("proof-system")
	cmd.Flags().String("beacon", "", "the announced beacon (hex): the transcript must be sealed with it")
	cmd.Flags().String("contains", "", "a contribution hash (at least 32 hex digits) the transcript must hold")
	cmd.Flags().String("srs", "", "phase 1: the sealed SRS file to check against the transcript")
	cmd.Flags().String("phase1", "", "phase 2: the phase-1 SRS it starts from (with --model: full check)")
	return cmd
}

// fileSHA256 is the SHA-256 of the file at path, in hex.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
