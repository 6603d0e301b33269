package main

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/runtime/service"
)

// chainFlags are the flags of every command that talks to a node.
func chainFlags(cmd *cobra.Command, market bool) {
	cmd.Flags().String("rpc", "", "JSON-RPC endpoint of an Ethereum node (required)")
	cmd.Flags().String("keystore", "", "keystore folder holding the account that signs (go-ethereum format)")
	cmd.Flags().String("account", "", "address of the signing account (default: the keystore's only account)")
	cmd.Flags().String("password-file", "", "file whose first line is the account's password (never given on the command line)")
	if market {
		cmd.Flags().String("registry", "", "address of the model registry (see 'zkinfer contracts deploy')")
		cmd.Flags().String("escrow", "", "address of the escrow")
	}
}

// session is a connection to a node with an unlocked signing account.
type session struct {
	b    *contracts.Backend
	from *bind.TransactOpts
	// ks and acc sign typed data with the same unlocked account as from.
	ks  *keystore.KeyStore
	acc accounts.Account
}

func openSession(ctx context.Context, v *viper.Viper) (*session, error) {
	url := v.GetString("rpc")
	if url == "" {
		return nil, errors.New("--rpc is required (for example http://127.0.0.1:8545)")
	}
	b, err := contracts.Dial(ctx, url)
	if err != nil {
		return nil, err
	}
	ks, acc, err := unlock(v)
	if err != nil {
		b.Close()
		return nil, err
	}
	id, err := b.ChainID(ctx)
	if err != nil {
		b.Close()
		return nil, err
	}
	from := bind.NewKeyStoreTransactor(ks, acc, id)
	from.Context = ctx
	return &session{b: b, from: from, ks: ks, acc: acc}, nil
}

// unlock opens --keystore and unlocks the chosen account. The password
// comes from --password-file, or ZKINFER_PASSWORD (the "password" key of
// the configuration, which has no flag) so that it never lands in shell
// history; neither it nor the key is printed.
func unlock(v *viper.Viper) (*keystore.KeyStore, accounts.Account, error) {
	dir := v.GetString("keystore")
	if dir == "" {
		return nil, accounts.Account{}, errors.New("--keystore is required to sign")
	}
	if _, err := os.Stat(dir); err != nil {
		return nil, accounts.Account{}, fmt.Errorf("keystore: %w", err)
	}
	ks := keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)
	acc, err := pickAccount(ks, v.GetString("account"))
	if err != nil {
		return nil, accounts.Account{}, err
	}
	pass, err := password(v)
	if err != nil {
		return nil, accounts.Account{}, err
	}
	if err := ks.Unlock(acc, pass); err != nil {
		return nil, accounts.Account{}, fmt.Errorf("unlock %s: %w", acc.Address, err)
	}
	return ks, acc, nil
}

// signer signs EIP-712 hashes with the session's unlocked account.
func (s *session) signer() service.Signer {
	return service.Signer{Address: s.acc.Address, SignHash: func(h []byte) ([]byte, error) { return s.ks.SignHash(s.acc, h) }}
}

func password(v *viper.Viper) (string, error) {
	if v.GetString("password-file") == "" && v.GetString("password") != "" {
		return v.GetString("password"), nil
	}
	return readPassword(v.GetString("password-file"))
}

func pickAccount(ks *keystore.KeyStore, want string) (accounts.Account, error) {
	accs := ks.Accounts()
	if want != "" {
		if !common.IsHexAddress(want) {
			return accounts.Account{}, fmt.Errorf("--account %q is not an address", want)
		}
		for _, a := range accs {
			if a.Address == common.HexToAddress(want) {
				return a, nil
			}
		}
		return accounts.Account{}, fmt.Errorf("account %s is not in the keystore", want)
	}
	switch len(accs) {
	case 0:
		return accounts.Account{}, errors.New("the keystore holds no account (create one with 'zkinfer account new')")
	case 1:
		return accs[0], nil
	default:
		return accounts.Account{}, fmt.Errorf("the keystore holds %d accounts: choose one with --account", len(accs))
	}
}

func readPassword(path string) (string, error) {
	if path == "" {
		return "", errors.New("--password-file (or ZKINFER_PASSWORD) is required to unlock the account")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	line, _, _ := strings.Cut(string(data), "\n")
	return strings.TrimRight(line, "\r"), nil
}

// openMarket opens a session and binds the market of --registry and --escrow.
func openMarket(ctx context.Context, v *viper.Viper) (*session, *contracts.Market, error) {
	s, err := openSession(ctx, v)
	if err != nil {
		return nil, nil, err
	}
	m, err := s.market(v)
	if err != nil {
		s.b.Close()
		return nil, nil, err
	}
	return s, m, nil
}

func (s *session) market(v *viper.Viper) (*contracts.Market, error) {
	reg, esc := v.GetString("registry"), v.GetString("escrow")
	if !common.IsHexAddress(reg) || !common.IsHexAddress(esc) {
		return nil, errors.New("--registry and --escrow must be the addresses printed by 'zkinfer contracts deploy'")
	}
	return contracts.NewMarket(s.b, common.HexToAddress(reg), common.HexToAddress(esc)), nil
}

func bigFlag(v *viper.Viper, name string) (*big.Int, error) {
	s := v.GetString(name)
	x, ok := new(big.Int).SetString(s, 0)
	if !ok || x.Sign() < 0 {
		return nil, fmt.Errorf("--%s %q is not a non-negative integer", name, s)
	}
	return x, nil
}

// report prints res as JSON or with the text function.
func report(cmd *cobra.Command, v *viper.Viper, res any, text string) error {
	if v.GetBool("json") {
		return printJSON(cmd.OutOrStdout(), res)
	}
	_, err := fmt.Fprintln(cmd.OutOrStdout(), text)
	return err
}

func newAccount(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{Use: "account", Short: "Manage keystore accounts"}
	create := &cobra.Command{
		Use:   "new",
		Short: "Create an account in a keystore folder (password from --password-file)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			dir := v.GetString("keystore")
			if dir == "" {
				return errors.New("--keystore is required")
			}
			pass, err := readPassword(v.GetString("password-file"))
			if err != nil {
				return err
			}
			ks := keystore.NewKeyStore(dir, keystore.StandardScryptN, keystore.StandardScryptP)
			acc, err := ks.NewAccount(pass)
			if err != nil {
				return err
			}
			return report(cmd, v, map[string]string{"address": acc.Address.Hex(), "file": acc.URL.Path}, "created account "+acc.Address.Hex())
		},
	}
	create.Flags().String("keystore", "", "keystore folder")
	create.Flags().String("password-file", "", "file whose first line is the new account's password")
	cmd.AddCommand(create)
	return cmd
}

func newContracts(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{Use: "contracts", Short: "Deploy zkinfer's contracts on a chain"}
	deploy := &cobra.Command{
		Use:   "deploy",
		Short: "Deploy the Groth16 and PLONK verifiers, the model registry and the escrow",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			s, err := openSession(cmd.Context(), v)
			if err != nil {
				return err
			}
			defer s.b.Close()
			m, rs, err := contracts.Deploy(cmd.Context(), s.b, s.from)
			if err != nil {
				return err
			}
			res := map[string]any{"registry": m.Registry.Hex(), "escrow": m.Escrow.Hex(), "gas": []uint64{rs[0].GasUsed, rs[1].GasUsed}}
			return report(cmd, v, res, fmt.Sprintf("registry %s\nescrow   %s\n(use them as --registry and --escrow, or ZKINFER_REGISTRY and ZKINFER_ESCROW)", m.Registry.Hex(), m.Escrow.Hex()))
		},
	}
	chainFlags(deploy, false)
	cmd.AddCommand(deploy)
	return cmd
}

func newRegister(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register a model and its circuit's verifying key as the signing provider",
		Long: `register records a model in the registry: its commitment, the proof system,
the verifying key of its circuit (loaded or set up as 'zkinfer setup'
does, for the same flags), the price of one job and a metadata URI. The
registry writes the key to chain data and records its keccak256; the
registry's own verifier of the proof system judges every proof under it,
so a provider deploys no contract of its own and a buyer checks the key's
hash against the key it pinned, with no compiler. register says who could
forge proofs under the key (UNSAFE for development keys).

With --batch N and --model-id, register adds to that model the key of its
batch circuit for N jobs: buyers who accept it at deposit can then be paid
by one proof for N jobs (serve --max-batch).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			ctx := cmd.Context()
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			opts, err := circuitOptions(v, m)
			if err != nil {
				return err
			}
			if opts.Batch > 1 {
				return registerBatchKey(cmd, v, m, opts)
			}
			price, err := bigFlag(v, "price")
			if err != nil {
				return err
			}
			system, err := contracts.ParseProofSystem(opts.System())
			if err != nil {
				return err
			}
			s, market, err := openMarket(ctx, v)
			if err != nil {
				return err
			}
			defer s.b.Close()
			k, _, err := setupKeys(cmd, v, m, opts)
			if err != nil {
				return err
			}
			key, err := k.ChainKey()
			if err != nil {
				return err
			}
			id := k.ID
			c := m.Commitment()
			modelID, _, err := market.Register(ctx, s.from, contracts.Registration{
				Commitment: c.BigInt(new(big.Int)), ProofSystem: system, Key: key, Transcript: k.TranscriptHash(),
				Price: price, PublicOutputs: prover.ChainOutputs(m, opts), EncryptedOutput: opts.Output == prover.Encrypted, URI: v.GetString("uri"),
			})
			if err != nil {
				return err
			}
			keyHash := fmt.Sprintf("0x%x", prover.ChainKeyHash(key))
			res := map[string]any{"modelId": modelID.String(), "chainKeyHash": keyHash, "circuitId": id, "proofSystem": system.String(),
				"commitment": prover.Field(c).String(), "setup": k.Setup, "setupTranscript": k.Transcript}
			return report(cmd, v, res, fmt.Sprintf("registered %s (%s circuit %s) as model #%v, verifying key keccak256 %s\n%s", m.Name, system, id, modelID, keyHash, setupText(k.Setup)))
		},
	}
	modelFlags(cmd)
	circuitFlags(cmd)
	srsFlags(cmd)
	chainFlags(cmd, true)
	cmd.Flags().String("price", "0", "price of one job in wei")
	cmd.Flags().String("uri", "", "metadata URI")
	cmd.Flags().String("model-id", "", "with --batch: the registered model the batch key is for")
	return cmd
}

func newJob(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{Use: "job", Short: "Create, fulfil, refund and inspect escrowed jobs"}
	jobID := func() (*big.Int, error) { return bigFlag(v, "job") }

	create := &cobra.Command{
		Use:   "create",
		Short: "Deposit payment for one inference (as the buyer)",
		Long: `create deposits --value wei for one inference of --model-id on an input
bound by its commitment, to be proven by --provider before --deadline.
Give the commitment (--input-commitment), or the input (--sample or
--input) with the salt you chose (--input-salt), which you keep to check
the provider's bundle.

Before any wei moves, create checks from chain state that the escrow will
judge the job's proof by zkinfer's verifier under exactly the verifying
key you pin for --model and the circuit flags (--vk, the embedded
development keys, the key cache, or for PLONK the key derived from --srs),
and the deposit names that key's hash: a model registered with another
key, or a market whose contracts are not zkinfer's, is refused.

For a model with an encrypted output (--output-visibility encrypted) the
deposit names the buyer's encryption key, derived from the signing
account (it signs a fixed message; nothing is stored): the proof that
pays the job seals the output to it, and 'zkinfer job show --decrypt'
reads the output from the payment.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			ctx := cmd.Context()
			modelID, err := bigFlag(v, "model-id")
			if err != nil {
				return err
			}
			value, err := bigFlag(v, "value")
			if err != nil {
				return err
			}
			provider := v.GetString("provider")
			if !common.IsHexAddress(provider) {
				return fmt.Errorf("--provider %q is not an address", provider)
			}
			commitment, err := inputCommitmentFlag(v)
			if err != nil {
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
			system, err := contracts.ParseProofSystem(opts.System())
			if err != nil {
				return err
			}
			vk, _, _, err := buyerVerifyingKey(cmd, v, m, opts)
			if err != nil {
				return err
			}
			key, err := prover.ChainKey(vk)
			if err != nil {
				return err
			}
			s, market, err := openMarket(ctx, v)
			if err != nil {
				return err
			}
			defer s.b.Close()
			entry, err := market.CheckJudge(ctx, modelID, system, key)
			if err != nil {
				return fmt.Errorf("model #%v: %w; no deposit made", modelID, err)
			}
			if err := checkSetupTranscript(v, m, opts, entry); err != nil {
				return fmt.Errorf("model #%v: %w; no deposit made", modelID, err)
			}
			if c := m.Commitment(); entry.Commitment.Cmp(c.BigInt(new(big.Int))) != 0 {
				return fmt.Errorf("model #%v is registered with commitment 0x%064x, %s has %s; no deposit made", modelID, entry.Commitment, m.Name, prover.Field(c))
			}
			if outputs := prover.ChainOutputs(m, opts); entry.PublicOutputs != outputs {
				return fmt.Errorf("model #%v is registered with %d public outputs, the circuit has %d: no proof could be paid; no deposit made", modelID, entry.PublicOutputs, outputs)
			}
			encrypted := opts.Output == prover.Encrypted
			if entry.EncryptedOutput != encrypted {
				return fmt.Errorf("model #%v is registered with encrypted output %v, the circuit has %v; no deposit made", modelID, entry.EncryptedOutput, encrypted)
			}
			var buyerKey *big.Int
			if encrypted {
				secret, err := service.DeriveSecret(s.signer())
				if err != nil {
					return err
				}
				k := secret.Public().Element()
				buyerKey = k.BigInt(new(big.Int))
			}
			head, err := s.b.Head(ctx)
			if err != nil {
				return err
			}
			deadline := head.Time + uint64(v.GetDuration("deadline").Seconds())
			from := *s.from
			from.Value = value
			var id *big.Int
			var r *types.Receipt
			if buyerKey != nil {
				id, r, err = market.CreateSealedJob(ctx, &from, modelID, commitment, common.HexToAddress(provider), deadline, prover.ChainKeyHash(key), buyerKey)
			} else {
				id, r, err = market.CreateJob(ctx, &from, modelID, commitment, common.HexToAddress(provider), deadline, prover.ChainKeyHash(key))
			}
			if err != nil {
				return err
			}
			res := map[string]any{"jobId": id.String(), "deadline": deadline, "block": r.BlockNumber.Uint64()}
			text := fmt.Sprintf("job #%v: %v wei in escrow until %s (deposited in block %v)", id, value, time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339), r.BlockNumber)
			if buyerKey != nil {
				res["buyerKey"] = fmt.Sprintf("0x%064x", buyerKey)
				text += fmt.Sprintf("\nits payment will carry the output encrypted to buyer key 0x%064x: job show --job %v --decrypt --from-block %v opens it", buyerKey, id, r.BlockNumber)
			}
			return report(cmd, v, res, text)
		},
	}
	create.Flags().String("model-id", "", "registered model id")
	requireFlag(create)
	create.Flags().String("provider", "", "the model's provider (bound to the job)")
	create.Flags().String("value", "0", "deposit in wei (at least the model's price)")
	create.Flags().Duration("deadline", time.Hour, "time the provider has to prove")
	create.Flags().String("input-commitment", "", "commitment to the input (0x-hex field element)")
	create.Flags().String("input-salt", "", "salt of the input commitment (0x-hex), with --sample or --input")
	create.Flags().String("model", "mnist-mlp", "the model you pay for (shipped name or .zkm path): its commitment and key are checked")
	create.Flags().String("vk", "", "verifying key file you pin (default: the embedded development key or the cached key of the circuit)")
	circuitFlags(create)
	srsFlags(create)
	inputFlags(create)
	chainFlags(create, true)

	fulfill := &cobra.Command{
		Use:   "fulfill",
		Short: "Claim a job's payment with a proof bundle (as the provider)",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			ctx := cmd.Context()
			id, err := jobID()
			if err != nil {
				return err
			}
			b, err := readBundle(v.GetString("bundle"), "give the bundle that prove wrote (-o, bundle.json by default); the opening is secret: it goes to the buyer alone, never on chain")
			if err != nil {
				return fmt.Errorf("--bundle: %w", err)
			}
			sol, err := prover.SolidityProof(b)
			if err != nil {
				return err
			}
			out, public := prover.ChainInputs(b.Statement())
			s, market, err := openMarket(ctx, v)
			if err != nil {
				return err
			}
			defer s.b.Close()
			r, err := market.Fulfill(ctx, s.from, id, out, public, sol)
			if err != nil {
				return err
			}
			return report(cmd, v, map[string]any{"jobId": id.String(), "paid": true, "gas": r.GasUsed}, fmt.Sprintf("job #%v fulfilled and paid (%d gas)", id, r.GasUsed))
		},
	}
	fulfill.Flags().String("job", "", "job id")
	fulfill.Flags().String("bundle", "bundle.json", "proof bundle of the job's input")
	chainFlags(fulfill, true)

	refund := newRefundCmd(v, "refund")
	show := &cobra.Command{
		Use:   "show",
		Short: "Print a job",
		Long: `show prints a job as the escrow holds it: its state, model, buyer,
provider, deposit, deadline, input commitment, the hash of the key that
judges its proof and its tag. For a job whose output is encrypted it also
prints the buyer key the deposit named and, once paid, the ephemeral key
and ciphertext its payment carried; with --decrypt and the buyer's account
(--keystore, --account, --password-file) it opens them into the output,
checked against the paid output commitment: no answer from the provider
is needed.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			id, err := jobID()
			if err != nil {
				return err
			}
			url := v.GetString("rpc")
			if url == "" {
				return errors.New("--rpc is required")
			}
			b, err := contracts.Dial(cmd.Context(), url)
			if err != nil {
				return err
			}
			defer b.Close()
			s := &session{b: b}
			market, err := s.market(v)
			if err != nil {
				return err
			}
			j, err := market.Job(cmd.Context(), id)
			if err != nil {
				return err
			}
			state := map[uint8]string{contracts.JobOpen: "open", contracts.JobPaid: "paid", contracts.JobRefunded: "refunded"}[j.State]
			res := map[string]any{"jobId": id.String(), "state": state, "modelId": j.ModelId.String(), "buyer": j.Buyer.Hex(), "provider": j.Provider.Hex(),
				"amountWei": j.Amount.String(), "deadline": j.Deadline, "inputCommitment": fmt.Sprintf("0x%064x", j.InputCommitment),
				"chainKeyHash": fmt.Sprintf("0x%x", j.VerifyingKeyHash)}
			chainID, err := b.ChainID(cmd.Context())
			if err != nil {
				return err
			}
			tag, err := market.JobTag(cmd.Context(), id)
			if err != nil {
				return err
			}
			res["chainId"], res["jobTag"] = chainID.String(), fmt.Sprintf("0x%064x", tag)
			sealed, err := showSealed(cmd.Context(), v, market, j, id, tag, res)
			if err != nil {
				return err
			}
			return report(cmd, v, res, sealed+fmt.Sprintf("job #%v: %s, model #%v, %v wei, buyer %s, provider %s, deadline %s\nchain %v, escrow %s, job tag 0x%064x (prove and verify with --job %v --chain-id %v --escrow %s --provider %s)\njudged under the verifying key with keccak256 0x%x",
				id, state, j.ModelId, j.Amount, j.Buyer.Hex(), j.Provider.Hex(), time.Unix(int64(j.Deadline), 0).UTC().Format(time.RFC3339),
				chainID, market.Escrow.Hex(), tag, id, chainID, market.Escrow.Hex(), j.Provider.Hex(), j.VerifyingKeyHash))
		},
	}
	show.Flags().String("job", "", "job id")
	show.Flags().String("rpc", "", "JSON-RPC endpoint of an Ethereum node")
	show.Flags().String("registry", "", "address of the model registry")
	show.Flags().String("escrow", "", "address of the escrow")
	show.Flags().Uint64("from-block", 0, "for an encrypted output: the first block searched for the job's payment (the deposit's block, which job create prints; a node that limits log ranges needs it)")
	show.Flags().Bool("decrypt", false, "open an encrypted output from its payment with the buyer's account (derives the buyer key)")
	show.Flags().String("keystore", "", "with --decrypt: keystore folder holding the buyer's account")
	show.Flags().String("account", "", "with --decrypt: the buyer's account (default: the keystore's only account)")
	show.Flags().String("password-file", "", "with --decrypt: file whose first line is the account's password")
	show.Flags().String("model", "mnist-mlp", "with --decrypt: the model of the job (shipped name or .zkm path), for its output's shape")

	cmd.AddCommand(create, fulfill, refund, show)
	return cmd
}

// inputCommitmentFlag is --input-commitment, or the commitment to the
// --sample/--input input under --input-salt.
func inputCommitmentFlag(v *viper.Viper) (*big.Int, error) {
	if c := v.GetString("input-commitment"); c != "" {
		var f prover.Field
		if err := f.UnmarshalText([]byte(c)); err != nil {
			return nil, fmt.Errorf("--input-commitment: %w", err)
		}
		e := f.Element()
		return e.BigInt(new(big.Int)), nil
	}
	saltText := v.GetString("input-salt")
	if saltText == "" {
		return nil, errors.New("give --input-commitment, or the input (--sample or --input) and --input-salt")
	}
	var salt prover.Field
	if err := salt.UnmarshalText([]byte(saltText)); err != nil {
		return nil, fmt.Errorf("--input-salt: %w", err)
	}
	m, err := loadModel(v)
	if err != nil {
		return nil, err
	}
	in, err := readInput(v, m)
	if err != nil {
		return nil, err
	}
	c := models.CommitTensor(models.DomainInput, fr.Element(salt), in.Values)
	return c.BigInt(new(big.Int)), nil
}

func newRefund(v *viper.Viper) *cobra.Command { return newRefundCmd(v, "refund") }

// newRefundCmd is 'zkinfer refund', also 'zkinfer job refund'.
func newRefundCmd(v *viper.Viper, use string) *cobra.Command {
	cmd := &cobra.Command{
		Use:   use,
		Short: "Return an unpaid deposit to the buyer after the deadline",
		Long: `refund returns a job's deposit to its buyer once the deadline has passed
and no valid proof was accepted. Anyone may send it; the funds only ever go
to the buyer.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			id, err := bigFlag(v, "job")
			if err != nil {
				return err
			}
			s, market, err := openMarket(cmd.Context(), v)
			if err != nil {
				return err
			}
			defer s.b.Close()
			if _, err := market.Refund(cmd.Context(), s.from, id); err != nil {
				return err
			}
			return report(cmd, v, map[string]any{"jobId": id.String(), "refunded": true}, fmt.Sprintf("job #%v refunded to its buyer", id))
		},
	}
	cmd.Flags().String("job", "", "job id")
	chainFlags(cmd, true)
	return cmd
}

// showSealed adds to a job's report what its encrypted output holds: the
// buyer key and, once paid, the payment's ephemeral key and ciphertext;
// with --decrypt, the output opened with the buyer's account. It returns
// the lines to print before the job's (none for other outputs).
func showSealed(ctx context.Context, v *viper.Viper, market *contracts.Market, j contracts.Job, id, tag *big.Int, res map[string]any) (string, error) {
	if !j.EncryptedOutput {
		if v.GetBool("decrypt") {
			return "", fmt.Errorf("--decrypt: job #%v's output is not encrypted", id)
		}
		return "", nil
	}
	key, err := market.BuyerKey(ctx, id)
	if err != nil {
		return "", err
	}
	res["buyerKey"] = fmt.Sprintf("0x%064x", key)
	text := fmt.Sprintf("output encrypted to buyer key 0x%064x\n", key)
	if j.State != contracts.JobPaid {
		return text, nil
	}
	from := v.GetUint64("from-block")
	ev, err := market.Fulfilment(ctx, id, from, nil)
	if err != nil {
		return "", fmt.Errorf("job #%v is paid; searching its JobFulfilled event from block %d to the head: %w (give --from-block at or before the deposit's block, which job create prints)", id, from, err)
	}
	if ev == nil {
		return "", fmt.Errorf("job #%v is paid, but its JobFulfilled event is not in blocks %d to the head: give --from-block at or before the deposit's block (job create prints it)", id, from)
	}
	res["outputCommitment"], res["fulfilTx"] = fmt.Sprintf("0x%064x", ev.OutputCommitment), ev.Raw.TxHash.Hex()
	sealed, err := prover.SealedFromChain(key, ev.PublicOutputs)
	if err != nil {
		return "", err
	}
	res["ephemeralKey"], res["ciphertext"] = sealed.EphemeralKey, sealed.Ciphertext
	text += fmt.Sprintf("paid by %s, which carries the output encrypted (%d elements)\n", ev.Raw.TxHash.Hex(), len(sealed.Ciphertext))
	if !v.GetBool("decrypt") {
		return text + "open it with --decrypt and the buyer's account\n", nil
	}
	ks, acc, err := unlock(v)
	if err != nil {
		return "", fmt.Errorf("--decrypt needs the buyer's account: %w", err)
	}
	secret, err := service.DeriveSecret(service.Signer{Address: acc.Address, SignHash: func(h []byte) ([]byte, error) { return ks.SignHash(acc, h) }})
	if err != nil {
		return "", err
	}
	m, err := loadModel(v)
	if err != nil {
		return "", err
	}
	commitment := prover.FieldOfBig(ev.OutputCommitment)
	_, out, err := secret.Open(sealed, prover.FieldOfBig(tag).Element(), commitment.Element(), m.OutputShape().Size())
	if err != nil {
		return "", fmt.Errorf("job #%v (account %s, model %s): %w", id, acc.Address.Hex(), m.Name, err)
	}
	res["output"], res["argmax"] = ints(out), runtime.Argmax(out)
	return text + fmt.Sprintf("DELIVERED output, opened from the payment and checked against its commitment: %v, argmax %d\n", out, runtime.Argmax(out)), nil
}
