// Package gethdev runs a real `geth --dev` node on loopback for zkinfer's
// tests: the contracts' attack suite and the CLI journeys run against it
// as well as against the embedded chain. It is a test helper: nothing in
// zkinfer's binaries imports it.
package gethdev

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Password is the developer account's password; PasswordFile holds it.
const Password = "dev-password"

// Node is a running geth --dev node.
type Node struct {
	URL string
	// Dev is the developer account, prefunded by the dev genesis; its
	// keystore is Keystore, its password in PasswordFile.
	Dev          common.Address
	Keystore     string
	PasswordFile string
}

// Binary is $ZKINFER_GETH, or geth on the PATH. .ci/run builds it from the
// module proxy at the go-ethereum version of go.mod and sets
// ZKINFER_REQUIRE_GETH=1, so CI never skips a geth test; elsewhere a test
// without a geth binary is skipped.
func Binary(t testing.TB) string {
	if p := os.Getenv("ZKINFER_GETH"); p != "" {
		return p
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	if os.Getenv("ZKINFER_REQUIRE_GETH") != "" {
		t.Fatal("no geth binary: set ZKINFER_GETH")
	}
	t.Skip("no geth binary (set ZKINFER_GETH; .ci/run builds one)")
	return ""
}

// Start runs `geth --dev` in dir on a loopback port with a developer
// account of its own, and stops it when the test ends.
func Start(t testing.TB, dir string) *Node {
	geth := Binary(t)
	n := &Node{Keystore: filepath.Join(dir, "geth", "keystore"), PasswordFile: filepath.Join(dir, "password")}
	os.WriteFile(n.PasswordFile, []byte(Password+"\n"), 0o600)
	ks := keystore.NewKeyStore(n.Keystore, keystore.LightScryptN, keystore.LightScryptP)
	acc, err := ks.NewAccount(Password)
	if err != nil {
		t.Fatal(err)
	}
	n.Dev = acc.Address
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(geth, "--dev", "--datadir", filepath.Join(dir, "geth"), "--password", n.PasswordFile,
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3",
		"--ipcdisable", "--nodiscover", "--maxpeers", "0", "--authrpc.port", "0", "--verbosity", "2")
	logf, _ := os.Create(filepath.Join(dir, "geth.log"))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		logf.Close()
	})
	n.URL = fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		c, err := ethclient.Dial(n.URL)
		if err == nil {
			if _, err = c.ChainID(context.Background()); err == nil {
				c.Close()
				break
			}
			c.Close()
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(dir, "geth.log"))
			t.Fatalf("geth did not answer on %s: %v\n%s", n.URL, err, log)
		}
		time.Sleep(200 * time.Millisecond)
	}
	return n
}

// Fund sends wei from the developer account to each address and waits
// until the transfers are mined.
func (n *Node) Fund(t testing.TB, wei *big.Int, to ...common.Address) {
	ctx := context.Background()
	c, err := ethclient.Dial(n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ks := keystore.NewKeyStore(n.Keystore, keystore.LightScryptN, keystore.LightScryptP)
	acc := ks.Accounts()[0]
	if err := ks.Unlock(acc, Password); err != nil {
		t.Fatal(err)
	}
	nonce, err := c.PendingNonceAt(ctx, n.Dev)
	if err != nil {
		t.Fatal(err)
	}
	tip, _ := c.SuggestGasTipCap(ctx)
	head, _ := c.HeaderByNumber(ctx, nil)
	id, _ := c.ChainID(ctx)
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	var sent []common.Hash
	for i, a := range to {
		tx := types.NewTx(&types.DynamicFeeTx{ChainID: id, Nonce: nonce + uint64(i), GasTipCap: tip, GasFeeCap: fee, Gas: 21000, To: &a, Value: wei})
		signed, err := ks.SignTx(acc, tx, id)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.SendTransaction(ctx, signed); err != nil {
			t.Fatal(err)
		}
		sent = append(sent, signed.Hash())
	}
	for _, h := range sent {
		mined := false
		for range 100 {
			if r, err := c.TransactionReceipt(ctx, h); err == nil && r.Status == types.ReceiptStatusSuccessful {
				mined = true
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if !mined {
			t.Fatal("funding transaction not mined")
		}
	}
}
