package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/runtime/cluster"
)

// natsFlags adds how to reach NATS; serve adds the embedded server's.
func natsFlags(cmd *cobra.Command, serve bool) {
	if serve {
		cmd.Flags().String("nats", "", "prove on 'zkinfer worker' processes through NATS JetStream: the server's URL (nats://host:4222, several comma-separated), or 'embedded' to run nats-server inside this service; empty: prove in this process")
		cmd.Flags().String("nats-listen", "127.0.0.1:4222", "with --nats embedded: the address workers connect to (a non-loopback address needs --nats-user and --nats-password, and should have --nats-tls-cert)")
		cmd.Flags().String("nats-store", "", "with --nats embedded: JetStream's storage folder (default: nats/ next to --store)")
		cmd.Flags().String("nats-tls-cert", "", "with --nats embedded: PEM certificate the server presents (TLS required of clients)")
		cmd.Flags().String("nats-tls-key", "", "with --nats embedded: the certificate's PEM private key")
		cmd.Flags().Duration("ack-wait", 30*time.Second, "with --nats: how long a task stays with a worker that stops answering (killed mid-proof) before another worker gets it; workers renew their claim every third of it")
	} else {
		cmd.Flags().String("nats", "", "URL of the provider's NATS server (nats://host:4222, several comma-separated; required)")
	}
	cmd.Flags().String("nats-user", "", "NATS user (with the password from --nats-password-file or ZKINFER_NATS_PASSWORD)")
	cmd.Flags().String("nats-password-file", "", "file whose first line is the NATS password")
	cmd.Flags().String("nats-nkey", "", "file holding the NATS user's nkey seed (instead of user and password)")
	cmd.Flags().String("nats-ca", "", "PEM file of the authorities that sign the NATS server's certificate (TLS)")
	cmd.Flags().String("nats-cert", "", "PEM client certificate, when the NATS server asks for one")
	cmd.Flags().String("nats-key", "", "the client certificate's PEM private key")
}

// natsPassword is --nats-password-file's first line, or ZKINFER_NATS_PASSWORD.
func natsPassword(v *viper.Viper) (string, error) {
	if f := v.GetString("nats-password-file"); f != "" {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("--nats-password-file: %w", err)
		}
		line, _, _ := strings.Cut(string(data), "\n")
		return strings.TrimRight(line, "\r"), nil
	}
	return v.GetString("nats-password"), nil
}

func natsConnConfig(v *viper.Viper, url, name string, log *slog.Logger) (cluster.ConnConfig, error) {
	for _, f := range []string{"nats-password-file", "nats-nkey", "nats-ca", "nats-cert", "nats-key"} {
		if err := checkReadable(f, v.GetString(f)); err != nil {
			return cluster.ConnConfig{}, err
		}
	}
	pass, err := natsPassword(v)
	if err != nil {
		return cluster.ConnConfig{}, err
	}
	return cluster.ConnConfig{URL: url, Name: name, User: v.GetString("nats-user"), Password: pass, NKeySeed: v.GetString("nats-nkey"),
		CA: v.GetString("nats-ca"), Cert: v.GetString("nats-cert"), Key: v.GetString("nats-key"), Log: log}, nil
}

// serveNATS connects serve to NATS (starting the embedded server first
// when asked) and returns the dispatcher that replaces in-process proving.
// close stops both.
func serveNATS(ctx context.Context, v *viper.Viper, log *slog.Logger) (d *cluster.Dispatcher, close func(), err error) {
	url := v.GetString("nats")
	var srv *server.Server
	closers := []func(){}
	close = func() {
		for i := len(closers) - 1; i >= 0; i-- {
			closers[i]()
		}
	}
	defer func() {
		if err != nil {
			close()
		}
	}()
	if err := checkNATS(v); err != nil {
		return nil, nil, err
	}
	tlsCert, tlsKey := v.GetString("nats-tls-cert"), v.GetString("nats-tls-key")
	if url == "embedded" {
		pass, err := natsPassword(v)
		if err != nil {
			return nil, nil, err
		}
		user := v.GetString("nats-user")
		listen := v.GetString("nats-listen")
		dir := v.GetString("nats-store")
		if dir == "" {
			dir = filepath.Join(filepath.Dir(v.GetString("store")), "nats")
		}
		srv, err = cluster.StartServer(cluster.ServerConfig{Listen: listen, StoreDir: dir, User: user, Password: pass, Cert: tlsCert, Key: tlsKey})
		if err != nil {
			return nil, nil, err
		}
		closers = append(closers, func() { srv.Shutdown(); srv.WaitForShutdown() })
		url = srv.ClientURL()
		log.Info("embedded NATS", "url", url, "storage", dir, "auth", user != "", "tls", tlsCert != "")
	}
	cfg, err := natsConnConfig(v, url, "zkinfer-serve", log)
	if err != nil {
		return nil, nil, err
	}
	if srv != nil && tlsCert != "" && cfg.CA == "" {
		// the service trusts its own server's certificate
		cfg.CA = tlsCert
	}
	nc, err := cluster.Connect(cfg)
	if err != nil {
		return nil, nil, fmt.Errorf("%w (start nats-server with JetStream, or use --nats embedded)", err)
	}
	closers = append(closers, nc.Close)
	d, err = cluster.NewDispatcher(ctx, nc, cluster.DispatcherConfig{AckWait: v.GetDuration("ack-wait"), Log: log})
	if err != nil {
		return nil, nil, err
	}
	closers = append(closers, func() { d.Close() })
	return d, close, nil
}

// checkNATS checks serve's NATS flags before anything long starts.
func checkNATS(v *viper.Viper) error {
	if err := v.BindEnv("nats-password"); err != nil {
		return err
	}
	tlsCert, tlsKey := v.GetString("nats-tls-cert"), v.GetString("nats-tls-key")
	if v.GetString("nats") != "embedded" {
		if tlsCert != "" || tlsKey != "" {
			return errors.New("--nats-tls-cert and --nats-tls-key are for --nats embedded; to trust an external server's certificate use --nats-ca")
		}
		return nil
	}
	if (tlsCert == "") != (tlsKey == "") {
		return errors.New("--nats-tls-cert and --nats-tls-key go together")
	}
	for _, f := range []string{"nats-tls-cert", "nats-tls-key", "nats-password-file"} {
		if err := checkReadable(f, v.GetString(f)); err != nil {
			return err
		}
	}
	pass, err := natsPassword(v)
	if err != nil {
		return err
	}
	user := v.GetString("nats-user")
	if (user == "") != (pass == "") {
		return errors.New("--nats-user needs a password (--nats-password-file or ZKINFER_NATS_PASSWORD), and a password a user")
	}
	listen := v.GetString("nats-listen")
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return fmt.Errorf("--nats-listen %q: %w", listen, err)
	}
	if ip := net.ParseIP(host); user == "" && (ip == nil || !ip.IsLoopback()) && host != "localhost" {
		return fmt.Errorf("--nats-listen %s reaches beyond this machine: set --nats-user and a password, so that only the provider's workers see the buyers' inputs", listen)
	}
	return nil
}

func newWorker(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "worker",
		Short: "Prove a provider's jobs taken from NATS JetStream (no chain key needed)",
		Long: `worker proves the tasks that 'zkinfer serve --nats' publishes: it takes a
task from the provider's JetStream stream, fetches the model and the
circuit's keys from the provider's object store (checked against the
task's circuit id, verifying-key hash and model commitment, then cached
under --cache-dir), proves, and sends the proof back to the service. The
service checks the proof, stores it, and claims the payment: a worker holds
no chain key and cannot.

Run as many workers as there are machines (or cores) to prove on; each
takes one task at a time. A worker killed mid-proof loses nothing: after
serve's --ack-wait its task goes to another worker. SIGINT or SIGTERM
drains the worker: it finishes the task in hand, then exits.

The buyers' inputs travel to the workers: reach NATS with credentials
(--nats-user and --nats-password-file, or --nats-nkey) and TLS (--nats-ca)
whenever it leaves the machine.`,
		Example: `  zkinfer serve --rpc http://127.0.0.1:8545 --serve 1=mnist-mlp --nats embedded --workers 8 ...
  zkinfer worker --nats nats://127.0.0.1:4222 --name w1`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			if err := v.BindEnv("nats-password"); err != nil {
				return err
			}
			return runWorker(cmd, v)
		},
	}
	natsFlags(cmd, false)
	cmd.Flags().String("name", "", "the worker's name in the service's logs and metrics (default: host name and process id)")
	cmd.Flags().String("cache-dir", "", "fetched keys and models are kept in worker/ under this folder (default: the key cache, ZKINFER_CACHE_DIR)")
	cmd.Flags().String("metrics-listen", "", "serve the worker's Prometheus metrics at this address (/metrics); empty: none")
	cmd.Flags().String("log-format", "text", "log format on stderr: text or json")
	return cmd
}

func runWorker(cmd *cobra.Command, v *viper.Viper) error {
	log, err := newLogger(v.GetString("log-format"))
	if err != nil {
		return err
	}
	url := v.GetString("nats")
	if url == "" {
		return errors.New("--nats URL is required: the provider's NATS server (serve --nats embedded listens on nats://127.0.0.1:4222)")
	}
	name := v.GetString("name")
	if name == "" {
		host, _ := os.Hostname()
		name = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	log = log.With("worker", name)
	cfg, err := natsConnConfig(v, url, "zkinfer-worker "+name, log)
	if err != nil {
		return err
	}
	cfg.Wait = true // the service may start later
	nc, err := cluster.Connect(cfg)
	if err != nil {
		return err
	}
	defer nc.Close()
	reg := prometheus.NewRegistry()
	reg.MustRegister(prometheus.NewGoCollector())
	if addr := v.GetString("metrics-listen"); addr != "" {
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("--metrics-listen: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(l)
		defer srv.Close()
		log.Info("metrics", "url", "http://"+l.Addr().String()+"/metrics")
	}
	w, err := cluster.NewWorker(nc, cluster.WorkerConfig{Name: name, CacheDir: filepath.Join(cacheDir(v), "worker"), Log: log, Registerer: reg})
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Info("worker started", "nats", nc.ConnectedUrlRedacted(), "status", nc.Status().String())
	return w.Run(ctx)
}
