package cluster

import (
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// ConnConfig is how a service or a worker reaches NATS.
type ConnConfig struct {
	// URL is the server's address (nats://host:4222, tls://host:4222);
	// several, comma-separated, for a cluster.
	URL string
	// Name is the connection's name, shown by the server's monitoring.
	Name string
	// User and Password, or NKeySeed (a file holding an nkey user seed),
	// authenticate the connection when the server requires it.
	User, Password string
	NKeySeed       string
	// CA is a PEM file of the authorities that sign the server's
	// certificate (TLS); Cert and Key a client certificate, when the
	// server asks for one.
	CA, Cert, Key string
	// Wait makes Connect return at once and keep trying in the background
	// when the server cannot be reached yet (a worker started before its
	// service); otherwise Connect fails.
	Wait bool
	Log  *slog.Logger
}

// Connect opens a connection that reconnects forever after it is up.
func Connect(cfg ConnConfig) (*nats.Conn, error) {
	if cfg.URL == "" {
		return nil, errors.New("no NATS URL (nats://host:4222)")
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts := []nats.Option{
		nats.Name(cfg.Name), nats.MaxReconnects(-1), nats.ReconnectWait(500 * time.Millisecond),
		nats.RetryOnFailedConnect(cfg.Wait),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("NATS disconnected; reconnecting", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("NATS reconnected", "url", c.ConnectedUrlRedacted()) }),
	}
	if cfg.User != "" || cfg.Password != "" {
		opts = append(opts, nats.UserInfo(cfg.User, cfg.Password))
	}
	if cfg.NKeySeed != "" {
		o, err := nats.NkeyOptionFromSeed(cfg.NKeySeed)
		if err != nil {
			return nil, fmt.Errorf("nkey seed %s: %w", cfg.NKeySeed, err)
		}
		opts = append(opts, o)
	}
	if cfg.CA != "" {
		opts = append(opts, nats.RootCAs(cfg.CA))
	}
	if cfg.Cert != "" || cfg.Key != "" {
		opts = append(opts, nats.ClientCert(cfg.Cert, cfg.Key))
	}
	nc, err := nats.Connect(cfg.URL, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect to NATS at %s: %w", RedactURL(cfg.URL), err)
	}
	return nc, nil
}

// RedactURL hides the passwords written into a comma-separated list of
// URLs.
func RedactURL(list string) string {
	parts := strings.Split(list, ",")
	for i, p := range parts {
		if u, err := url.Parse(strings.TrimSpace(p)); err == nil && u.User != nil {
			parts[i] = u.Redacted()
		}
	}
	return strings.Join(parts, ",")
}

// ServerConfig is an embedded nats-server.
type ServerConfig struct {
	// Listen is the client address (default 127.0.0.1:4222; port 0 picks a
	// free one).
	Listen string
	// StoreDir holds JetStream's file storage: tasks and keys survive a
	// restart of the server.
	StoreDir string
	// User and Password, when set, are required of every client.
	User, Password string
	// Cert and Key, when set, serve TLS to clients (required of them).
	Cert, Key string
	// MaxPayload bounds one message (default 8 MiB: a batch task or
	// result).
	MaxPayload int32
}

// StartServer starts nats-server in this process with JetStream and waits
// until it takes connections. Shutdown stops it.
func StartServer(cfg ServerConfig) (*server.Server, error) {
	if cfg.StoreDir == "" {
		return nil, errors.New("embedded NATS needs a storage folder")
	}
	if cfg.Listen == "" {
		cfg.Listen = "127.0.0.1:4222"
	}
	if cfg.MaxPayload <= 0 {
		cfg.MaxPayload = 8 << 20
	}
	host, portText, err := net.SplitHostPort(cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("NATS listen address %q: %w", cfg.Listen, err)
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return nil, fmt.Errorf("NATS listen address %q: port %q", cfg.Listen, portText)
	}
	if port == 0 {
		port = server.RANDOM_PORT
	}
	if err := os.MkdirAll(cfg.StoreDir, 0o700); err != nil {
		return nil, err
	}
	opts := &server.Options{
		ServerName: "zkinfer", Host: host, Port: port, JetStream: true, StoreDir: cfg.StoreDir,
		Username: cfg.User, Password: cfg.Password, MaxPayload: cfg.MaxPayload,
		NoSigs: true, NoLog: true,
	}
	if cfg.Cert != "" || cfg.Key != "" {
		cert, err := tls.LoadX509KeyPair(cfg.Cert, cfg.Key)
		if err != nil {
			return nil, fmt.Errorf("NATS TLS certificate: %w", err)
		}
		opts.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		opts.TLS, opts.TLSTimeout = true, 5
	}
	s, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("embedded NATS: %w", err)
	}
	s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		s.Shutdown()
		return nil, fmt.Errorf("embedded NATS did not start on %s (is the port taken?)", cfg.Listen)
	}
	return s, nil
}
