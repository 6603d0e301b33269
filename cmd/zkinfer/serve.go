package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/contracts"
	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
	"github.com/zkinfer/zkinfer/runtime/cluster"
	"github.com/zkinfer/zkinfer/runtime/service"
)

func serveFlags(cmd *cobra.Command) {
	chainFlags(cmd, true)
	circuitFlags(cmd)
	srsFlags(cmd)
	cmd.Flags().StringSlice("serve", nil, "MODEL-ID=MODEL: serve registered model MODEL-ID with MODEL (shipped name or .zkm path); repeatable")
	cmd.Flags().String("listen", "127.0.0.1:8480", "address of the HTTP API")
	cmd.Flags().String("store", "zkinfer-jobs.db", "job store file (bbolt); jobs in it resume on restart")
	cmd.Flags().Int("workers", 1, "jobs (or batches) proved at once; with --nats, tasks handed to the workers at once (default 8 there: at least the number of worker processes)")
	cmd.Flags().Int("max-batch", 0, "prove up to this many queued jobs of a model in one batch proof, paid by one transaction, under the model's registered batch keys cached here ('zkinfer setup --batch N', 'zkinfer register --batch N'); 0: every job alone")
	cmd.Flags().Duration("batch-wait", 2*time.Second, "with --max-batch: the longest a worker waits for more jobs when fewer than the largest batch are queued and more are queued or deposited (a job with nothing else queued or deposited goes at once)")
	cmd.Flags().Int("queue", 16, "accepted jobs that may wait for a worker; beyond it requests get 429")
	cmd.Flags().Duration("poll", 2*time.Second, "how often the chain is polled for deposits and fulfilments retried")
	cmd.Flags().Uint64("from-block", 0, "block where the chain watcher starts on an empty store")
	cmd.Flags().String("log-format", "text", "log format on stderr: text or json")
	natsFlags(cmd, true)
}

func newServe(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the provider service: take paid jobs, prove them, claim the payments",
		Long: `serve runs a provider: an HTTP JSON API that takes the input of jobs that
buyers have deposited for in the escrow, a durable job store, prover
workers, a chain watcher and a fulfiller that claims each payment with
its proof, once.

  GET  /v1/models      served models: id, commitment, options, price, verifier
  POST /v1/jobs        {jobId, modelId, input, inputSalt, signature}
  GET  /v1/jobs/{id}   state, bundle and attestation (the output's opening
                       only with the request's signature in the
                       X-Zkinfer-Request-Signature header)
  GET  /healthz, /metrics (Prometheus)

Every model given with --serve must be registered by the signing account
with the model's commitment ('zkinfer register'). A request must be signed
(EIP-712) by the account that made the deposit and open the job's input
commitment; every bundle is signed by the provider. A job is stored before
it is acknowledged: after a crash, or SIGKILL, the next start resumes it.
SIGINT or SIGTERM stops taking requests, finishes the proofs in hand and
leaves queued jobs in the store.

With --max-batch N, a worker proves up to N queued jobs of one model in one
batch proof (their buyers must have accepted a batch key of the model at
deposit) and claims all their payments in one transaction; it waits up to
--batch-wait for more jobs when fewer are queued and others are queued or
deposited, and proves a job alone at once when nothing else waits. Batches use the model's registered batch
keys whose keys are in this machine's key cache.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			return serve(cmd, v)
		},
	}
	serveFlags(cmd)
	return cmd
}

func serve(cmd *cobra.Command, v *viper.Viper) error {
	log, err := newLogger(v.GetString("log-format"))
	if err != nil {
		return err
	}
	specs := v.GetStringSlice("serve")
	if len(specs) == 0 {
		return errors.New("--serve MODEL-ID=MODEL is required (e.g. --serve 1=mnist-mlp, the id 'zkinfer register' printed)")
	}
	if _, err := flagOptions(v); err != nil {
		return err
	}
	// files are checked before keys are loaded or set up, which can be long
	if err := checkWritable(v.GetString("store")); err != nil {
		return fmt.Errorf("--store: %w", err)
	}
	if err := checkReadable("password-file", v.GetString("password-file")); err != nil {
		return err
	}
	if err := checkNATS(v); err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var served []service.Model
	for _, spec := range specs {
		idText, name, ok := strings.Cut(spec, "=")
		id, err := strconv.ParseUint(idText, 10, 64)
		if !ok || err != nil || id == 0 || name == "" {
			return fmt.Errorf("--serve %q: want MODEL-ID=MODEL, e.g. 1=mnist-mlp", spec)
		}
		m, err := loadModelSpec(name)
		if err != nil {
			return err
		}
		opts, err := circuitOptions(v, m)
		if err != nil {
			return err
		}
		if c := rangeChoice(v); c != "" {
			log.Info("circuit options", "model", m.Name, "choice", c)
		}
		k, _, err := setupKeys(cmd, v, m, opts)
		if err != nil {
			return err
		}
		served = append(served, service.Model{ID: id, Model: m, Keys: k})
	}
	s, market, err := openMarket(ctx, v)
	if err != nil {
		return err
	}
	defer s.b.Close()
	if v.GetInt("max-batch") > 1 {
		for i := range served {
			m := &served[i]
			if m.Batches, err = registeredBatchKeys(ctx, v, market, m.ID, m.Model, m.Keys.Options, func(msg string) { log.Warn("batch key not served", "why", msg) }); err != nil {
				return err
			}
			for _, b := range m.Batches {
				log.Info("batch key", "model", m.ID, "index", b.Index, "jobs", b.Keys.Options.Batch, "circuit", b.Keys.ID)
			}
		}
	}
	store, err := service.OpenStore(v.GetString("store"))
	if err != nil {
		return err
	}
	defer store.Close()
	cfg := service.Config{
		Chain: s.b, Market: market, Signer: s.signer(), From: s.from, Models: served, Store: store,
		Workers: v.GetInt("workers"), Queue: v.GetInt("queue"), Poll: v.GetDuration("poll"), FromBlock: v.GetUint64("from-block"), Log: log,
		MaxBatch: v.GetInt("max-batch"), BatchWait: v.GetDuration("batch-wait"),
	}
	if v.GetString("nats") != "" {
		d, closeNATS, err := serveNATS(ctx, v, log)
		if err != nil {
			return err
		}
		defer closeNATS()
		for _, m := range served {
			keys := []*prover.Keys{m.Keys}
			for _, b := range m.Batches {
				keys = append(keys, b.Keys)
			}
			log.Info("sharing the model and its keys with workers", "model", m.Model.Name)
			if err := d.Share(ctx, m.Model, keys...); err != nil {
				return err
			}
		}
		cfg.Prover, cfg.Metrics = d, d.Collectors()
		if !cmd.Flags().Changed("workers") && !v.IsSet("workers") {
			cfg.Workers = 8
		}
	}
	svc, err := service.New(ctx, cfg)
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", v.GetString("listen"))
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: svc.Handler(), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute, WriteTimeout: time.Minute}
	srvDone := make(chan error, 1)
	go func() { srvDone <- srv.Serve(l) }()
	runCtx, cancelRun := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelRun()
	runDone := make(chan error, 1)
	go func() { runDone <- svc.Run(runCtx) }()
	var names, setups []string
	for _, m := range served {
		names = append(names, fmt.Sprintf("#%d %s (%s circuit %s)", m.ID, m.Model.Name, m.Keys.System(), m.Keys.ID))
		if !slices.Contains(setups, m.Keys.Setup) {
			setups = append(setups, m.Keys.Setup)
		}
	}
	log.Info("serving", "url", "http://"+l.Addr().String(), "provider", s.acc.Address.Hex(), "models", strings.Join(names, ", "),
		"store", v.GetString("store"), "chain", s.b.Name, "setup", strings.Join(setups, "; "))

	select {
	case <-ctx.Done():
		log.Info("shutting down: finishing the proofs in hand; queued jobs stay in the store")
	case err := <-srvDone:
		cancelRun()
		<-runDone
		return err
	case err := <-runDone:
		// no workers, watcher or fulfiller: stop taking jobs
		srv.Close()
		if err == nil {
			err = errors.New("the service stopped")
		}
		return err
	}
	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv.Shutdown(shutCtx)
	cancelRun()
	if err := <-runDone; err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}

func newLogger(format string) (*slog.Logger, error) {
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(os.Stderr, nil)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(os.Stderr, nil)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", format)
}

func newRequest(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "request",
		Short: "Buy one proven inference: deposit, send the input, verify the answer (as the buyer)",
		Long: `request buys one inference of a registered model from its provider:
  1. reads the model's registration (provider, price, commitment; the
     model given with --model must have that commitment);
  2. commits to the input under a fresh secret salt and deposits the price
     in escrow, bound to the provider, the input commitment and a deadline;
  3. sends the input to the provider's API, signed (EIP-712) by the
     depositing account;
  4. waits for the answer, and checks it: the provider's signature over the
     bundle, that it proves the circuit of --model with the circuit flags
     given here, the proof under that circuit's verifying key (from --vk,
     the embedded development keys, the key cache, or for PLONK derived
     from --srs: never from the provider), and that its input and the
     returned output open the bundle's commitments; with --ceremony, the
     key is sealed here from the provider's published phase-2 transcript
     (checked end to end against --phase1 and the circuit), the registry
     must name that transcript, and --require-contribution HASH refuses
     a transcript without your contribution, all before any deposit;
  5. waits for the escrow to pay the provider, then prints the verified
     output and the job's state.
With --output-visibility encrypted the deposit names the buyer's
encryption key (derived from the depositing account: it signs a fixed
message, and nothing is stored), and steps 4 and 5 become one: the proof
that pays the provider seals the output to that key, so request waits for
the payment and opens the output from its event, checked against the paid
commitment. The provider's answer is not needed.
It exits with status 1 if any check fails; after the deadline an unpaid
deposit comes back with 'zkinfer refund'.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			return request(cmd, v)
		},
	}
	requestFlags(cmd)
	return cmd
}

func requestFlags(cmd *cobra.Command) {
	chainFlags(cmd, true)
	modelFlags(cmd)
	circuitFlags(cmd)
	srsFlags(cmd)
	inputFlags(cmd)
	cmd.Flags().String("provider-url", "http://127.0.0.1:8480", "the provider's API")
	cmd.Flags().Bool("accept-batches", true, "let the provider prove this job in a batch with other buyers' jobs, under the model's registered batch keys whose keys are in this machine's key cache (the same trust as the model's own key); false accepts none")
	cmd.Flags().Uint64("model-id", 0, "registered model id (required)")
	cmd.Flags().String("value", "", "deposit in wei (default: the registered price)")
	cmd.Flags().Duration("deadline", time.Hour, "time the provider has to prove and claim")
	cmd.Flags().Duration("timeout", 30*time.Minute, "how long to wait for the provider's answer and the payment")
	cmd.Flags().String("vk", "", "verifying key file (default: the embedded or cached key of the bundle's circuit)")
	requireFlag(cmd)
}

func request(cmd *cobra.Command, v *viper.Viper) error {
	ctx, cancel := context.WithTimeout(cmd.Context(), v.GetDuration("timeout"))
	defer cancel()
	modelID := v.GetUint64("model-id")
	if modelID == 0 {
		return errors.New("--model-id is required (the id 'zkinfer register' printed)")
	}
	m, err := loadModel(v)
	if err != nil {
		return err
	}
	in, err := readInput(v, m)
	if err != nil {
		return err
	}
	var value *big.Int
	if v.GetString("value") != "" {
		if value, err = bigFlag(v, "value"); err != nil {
			return err
		}
	}
	s, market, err := openMarket(ctx, v)
	if err != nil {
		return err
	}
	defer s.b.Close()
	b := &service.Buyer{Market: market, Chain: s.b, From: s.from, Signer: s.signer(), Client: service.NewClient(v.GetString("provider-url"))}
	p := newProgress(v.GetBool("json"))
	defer p.End()

	opts, err := circuitOptions(v, m)
	if err != nil {
		return err
	}
	if opts.Output == prover.Encrypted {
		if b.Secret, err = service.DeriveSecret(b.Signer); err != nil {
			return err
		}
	}
	if v.GetBool("accept-batches") {
		// the batch keys this machine holds are trusted as its own keys are
		trusted, err := registeredBatchKeys(ctx, v, market, modelID, m, opts, func(string) {})
		if err != nil {
			return err
		}
		for _, k := range trusted {
			b.BatchKeys = append(b.BatchKeys, k.Keys.VK)
		}
	}
	if v.GetString("ceremony") == "provider" {
		p.Step(fmt.Sprintf("fetch the ceremony transcript of model #%d from the provider", modelID))
		path, err := fetchTranscript(ctx, v, b.Client, modelID)
		if err != nil {
			return fmt.Errorf("--ceremony provider: %w", err)
		}
		v.Set("ceremony", path)
	}
	// the buyer's own trust anchor, chosen before the provider says anything
	circuit := prover.CircuitID(m, opts)
	vk, vkPath, vkSetup, err := buyerVerifyingKey(cmd, v, m, opts)
	if err != nil {
		return err
	}
	p.Step("ask the provider for model #" + strconv.FormatUint(modelID, 10))
	if ms, err := b.Client.Models(ctx); err != nil {
		return fmt.Errorf("provider %s: %w", v.GetString("provider-url"), err)
	} else if mv := findModel(ms, modelID); mv == nil {
		return fmt.Errorf("provider %s does not serve model #%d", v.GetString("provider-url"), modelID)
	} else if mv.CircuitID != circuit {
		return fmt.Errorf("provider %s proves model #%d with circuit %s (%s); you asked for circuit %s (%s): set the circuit flags to match, or buy elsewhere",
			v.GetString("provider-url"), modelID, mv.CircuitID, mv.Options, circuit, opts)
	}
	if v.GetString("ceremony") != "" {
		p.Step("check the registered setup transcript")
		entry, err := market.Model(ctx, new(big.Int).SetUint64(modelID))
		if err != nil {
			return fmt.Errorf("model #%d: %w", modelID, err)
		}
		if err := checkSetupTranscript(v, m, opts, entry); err != nil {
			return fmt.Errorf("model #%d: %w; no deposit made", modelID, err)
		}
		if v.GetString("require-contribution") == "" {
			fmt.Fprintln(cmd.ErrOrStderr(), "note: keys from a ceremony you did not check your own contribution in: they are as safe as its contributors (--require-contribution HASH checks yours)")
		}
	}
	p.Step("check from chain state that the escrow judges by the pinned key, then deposit")
	pur, err := b.Deposit(ctx, modelID, m, opts, vk, in.Values, value, v.GetDuration("deadline"))
	if err != nil {
		if pur != nil {
			return fmt.Errorf("%w (job #%d: take a refund after the deadline with 'zkinfer refund --job %d')", err, pur.JobID, pur.JobID)
		}
		return err
	}
	p.Step(fmt.Sprintf("job #%d: send the signed input", pur.JobID))
	if err := b.Submit(ctx, pur); err != nil {
		return fmt.Errorf("job #%d: %w", pur.JobID, err)
	}
	if pur.BuyerKey != nil {
		return requestSealed(ctx, cmd, v, b, pur, p, m, in, vkPath, vkSetup)
	}
	p.Step(fmt.Sprintf("job #%d: accepted, waiting for the proof", pur.JobID))
	view, err := b.Wait(ctx, pur, 250*time.Millisecond, func(st service.State) {
		p.Step(fmt.Sprintf("job #%d: %s", pur.JobID, st))
	})
	if err != nil {
		return err
	}
	p.Step(fmt.Sprintf("job #%d: verify the attestation, the proof and the commitments", pur.JobID))
	if err := b.Check(pur, view, vk); err != nil {
		p.End()
		fmt.Fprintf(cmd.OutOrStdout(), "REJECTED: job #%d: %v\n", pur.JobID, err)
		return errCheckFailed
	}
	p.Step(fmt.Sprintf("job #%d: verified; waiting for the escrow to pay the provider", pur.JobID))
	st, err := b.WaitPaid(ctx, pur, 250*time.Millisecond)
	p.End()
	state := map[uint8]string{contracts.JobOpen: "open", contracts.JobPaid: "paid", contracts.JobRefunded: "refunded"}[st]
	res := struct {
		JobID        uint64         `json:"jobId"`
		Model        string         `json:"model"`
		Input        string         `json:"input"`
		Output       []int          `json:"output"`
		Argmax       int            `json:"argmax"`
		Verified     bool           `json:"verified"`
		Escrow       string         `json:"escrow"`
		Provider     common.Address `json:"provider"`
		VerifyingKey string         `json:"verifyingKey"`
		Setup        string         `json:"setup"`
		JobTag       prover.Field   `json:"jobTag"`
		Error        string         `json:"error,omitempty"`
	}{pur.JobID, m.Name, in.Source, ints(view.Output), runtime.Argmax(view.Output), true, state, pur.Provider, vkPath, vkSetup, prover.Field(pur.Job().Tag()), errString(err)}
	if v.GetBool("json") {
		if perr := printJSON(cmd.OutOrStdout(), res); perr != nil {
			return perr
		}
	} else {
		w := cmd.OutOrStdout()
		fmt.Fprintf(w, "job #%d: VERIFIED output of %s on %s: %v, argmax %d\n", pur.JobID, m.Name, in.Source, view.Output, res.Argmax)
		fmt.Fprintf(w, "signed by provider %s; proof checked with %s, bound to this job (tag %s)\n%s\nescrow: %s\n", pur.Provider.Hex(), vkPath, res.JobTag, setupText(vkSetup), state)
	}
	return err
}

// requestSealed ends a request for an encrypted output: it waits for the
// payment and opens the output from it.
func requestSealed(ctx context.Context, cmd *cobra.Command, v *viper.Viper, b *service.Buyer, pur *service.Purchase, p *progress, m *models.Model, in *input, vkPath, vkSetup string) error {
	p.Step(fmt.Sprintf("job #%d: accepted; waiting for the payment, which delivers the output sealed to your key", pur.JobID))
	st, err := b.WaitPaid(ctx, pur, 250*time.Millisecond)
	if err != nil {
		return fmt.Errorf("job #%d: %w", pur.JobID, err)
	}
	if st != contracts.JobPaid {
		return fmt.Errorf("job #%d was refunded, not paid: no output was delivered", pur.JobID)
	}
	p.Step(fmt.Sprintf("job #%d: paid; open the output from the payment", pur.JobID))
	d, err := b.Delivered(ctx, pur)
	p.End()
	if err != nil {
		fmt.Fprintf(cmd.OutOrStdout(), "REJECTED: job #%d: %v\n", pur.JobID, err)
		return errCheckFailed
	}
	res := struct {
		JobID        uint64         `json:"jobId"`
		Model        string         `json:"model"`
		Input        string         `json:"input"`
		Output       []int          `json:"output"`
		Argmax       int            `json:"argmax"`
		Verified     bool           `json:"verified"`
		Escrow       string         `json:"escrow"`
		DeliveredBy  common.Hash    `json:"deliveredBy"`
		BuyerKey     prover.Field   `json:"buyerKey"`
		Provider     common.Address `json:"provider"`
		VerifyingKey string         `json:"verifyingKey"`
		Setup        string         `json:"setup"`
		JobTag       prover.Field   `json:"jobTag"`
	}{pur.JobID, m.Name, in.Source, ints(d.Output), runtime.Argmax(d.Output), true, "paid", d.Tx, *pur.BuyerKey, pur.Provider, vkPath, vkSetup, prover.Field(pur.Job().Tag())}
	if v.GetBool("json") {
		return printJSON(cmd.OutOrStdout(), res)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "job #%d: DELIVERED output of %s on %s: %v, argmax %d\n", pur.JobID, m.Name, in.Source, d.Output, res.Argmax)
	fmt.Fprintf(w, "opened from payment %s with your key %s; the escrow paid only for a proof, under %s, that this ciphertext opens the output commitment\n%s\n", d.Tx.Hex(), res.BuyerKey, vkPath, setupText(vkSetup))
	return nil
}

func findModel(ms []service.ModelView, id uint64) *service.ModelView {
	for i := range ms {
		if ms[i].ID == id {
			return &ms[i]
		}
	}
	return nil
}

func ints(v []int8) []int {
	out := make([]int, len(v))
	for i, x := range v {
		out[i] = int(x)
	}
	return out
}

// loadModelSpec is loadModel for a name given outside --model.
func loadModelSpec(spec string) (*models.Model, error) {
	v := viper.New()
	v.Set("model", spec)
	return loadModel(v)
}

func newConfig(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Inspect zkinfer's configuration"}
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration of serve and request, secrets redacted",
		Long: `show prints the settings 'zkinfer serve' and 'zkinfer request' would use:
flags, then ZKINFER_* environment variables, then the configuration file
(--config, or zkinfer.yaml in the working folder), then defaults. Secrets
(the passwords, and a password written into the NATS URL) are redacted.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			for _, k := range []string{"password", "nats-password"} {
				if err := v.BindEnv(k); err != nil {
					return err
				}
			}
			var keys []string
			out := map[string]any{}
			for _, k := range v.AllKeys() {
				if k == "help" {
					continue
				}
				keys = append(keys, k)
				val := v.Get(k)
				switch {
				case secretKey(k) && v.GetString(k) != "":
					val = "REDACTED"
				case k == "nats":
					val = cluster.RedactURL(v.GetString(k))
				case val == nil:
					val = ""
				}
				out[k] = val
			}
			sort.Strings(keys)
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), out)
			}
			w := cmd.OutOrStdout()
			if f := v.ConfigFileUsed(); f != "" {
				fmt.Fprintf(w, "# configuration file %s\n", f)
			} else {
				fmt.Fprintln(w, "# no configuration file")
			}
			for _, k := range keys {
				fmt.Fprintf(w, "%s: %v\n", k, out[k])
			}
			return nil
		},
	}
	// the flags of serve and request, so that their defaults show
	for _, c := range []*cobra.Command{newServe(v), newRequest(v)} {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if show.Flags().Lookup(f.Name) == nil {
				show.Flags().AddFlag(f)
			}
		})
	}
	cmd.AddCommand(show)
	return cmd
}

// secretKey reports the configuration keys whose values are never printed.
func secretKey(k string) bool {
	return k == "password" || k == "nats-password" || strings.Contains(k, "secret") || strings.Contains(k, "private")
}

// readConfigFile reads --config, or zkinfer.yaml in the working folder when
// there is one.
func readConfigFile(v *viper.Viper, cmd *cobra.Command) error {
	path, _ := cmd.Flags().GetString("config")
	if path == "" {
		if _, err := os.Stat("zkinfer.yaml"); err != nil {
			return nil
		}
		path = "zkinfer.yaml"
	}
	v.SetConfigFile(path)
	if err := v.ReadInConfig(); err != nil {
		return fmt.Errorf("configuration file %s: %w", path, err)
	}
	return nil
}

// fetchTranscript downloads the ceremony transcript of a model's keys from
// its provider into the cache folder, named by its SHA-256. The provider's
// word only: the buyer then checks it end to end and against the registry.
func fetchTranscript(ctx context.Context, v *viper.Viper, c *service.Client, modelID uint64) (string, error) {
	dir := filepath.Join(cacheDir(v), "transcripts")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, ".fetch-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	h := sha256.New()
	if err := c.Transcript(ctx, modelID, io.MultiWriter(f, h), 8<<30); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	path := filepath.Join(dir, hex.EncodeToString(h.Sum(nil))+".zkc")
	return path, os.Rename(f.Name(), path)
}
