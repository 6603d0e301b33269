package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/zkinfer/zkinfer/contracts/gethdev"
)

// TestGethJourney runs the provider's and the buyer's commands as separate
// processes against a real geth --dev node: deploy, register, deposit,
// prove, fulfil (paid), a false claim (refused), and the buyer's checks.
func TestGethJourney(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	dir := t.TempDir()
	url, dev, devFlags, buyerFlags, market := gethMarket(t, dir)
	cli := func(args ...string) map[string]any { return runJSON(t, dir, args...) }
	reg := cli(append(append([]string{"register", "--price", "1000000000000000"}, devFlags...), market...)...)
	modelID := reg["modelId"].(string)

	salt := "0x00000000000000000000000000000000000000000000000000000000000000aa"

	// a model registered with another verifying key than the buyer pins
	// (the key of the log-derivative circuit; the buyer pins the default
	// one): job create refuses before any wei moves
	otherKey := cli(append(append([]string{"register", "--price", "1000000000000000", "--range-check", "logderiv"}, devFlags...), market...)...)["modelId"].(string)
	buyerAddr := keystore.NewKeyStore(filepath.Join(dir, "buyer"), keystore.LightScryptN, keystore.LightScryptP).Accounts()[0].Address
	before := balance(t, url, buyerAddr)
	if _, errOut, code := run(t, dir, append(append([]string{"job", "create", "--model-id", otherKey, "--provider", dev.Hex(), "--value", "1000000000000000",
		"--sample", "4", "--input-salt", salt}, buyerFlags...), market...)...); code == 0 || !strings.Contains(errOut, "would not judge") || !strings.Contains(errOut, "no deposit made") {
		t.Errorf("job create for a model with another key: exit %d, %s", code, errOut)
	}
	if after := balance(t, url, buyerAddr); after.Cmp(before) != 0 {
		t.Errorf("the buyer's balance moved: %v → %v", before, after)
	}
	job := cli(append(append([]string{"job", "create", "--model-id", modelID, "--provider", dev.Hex(), "--value", "1000000000000000",
		"--sample", "4", "--input-salt", salt}, buyerFlags...), market...)...)["jobId"].(string)

	// the provider proves with the buyer's salt, for this job, and claims the payment
	jobOf := func(id string) []string {
		return []string{"--job", id, "--chain-id", "1337", "--provider", dev.Hex(), market[2], market[3]}
	}
	cli(append([]string{"prove", "--sample", "4", "--input-salt", salt, "-o", "b.json", "--opening", "o.json"}, jobOf(job)...)...)
	before = balance(t, url, dev)
	paid := cli(append(append([]string{"job", "fulfill", "--job", job, "--bundle", "b.json"}, devFlags...), market...)...)
	if paid["paid"] != true {
		t.Fatalf("fulfil: %v", paid)
	}
	if gain := new(big.Int).Sub(balance(t, url, dev), before); gain.Sign() <= 0 {
		// the developer is also the block's fee recipient: the gain is the
		// deposit plus the priority fees it paid itself, minus the burnt base fee
		t.Errorf("provider balance did not grow: %v", gain)
	}
	show := cli(append([]string{"job", "show", "--job", job, "--rpc", url}, market...)...)
	if show["state"] != "paid" {
		t.Errorf("job after fulfil: %v", show)
	}
	// the buyer checks the bundle against its own input and salt
	if out, _, code := run(t, dir, append([]string{"verify", "b.json", "--opening", "o.json", "--model", "mnist-mlp"}, jobOf(job)...)...); code != 0 {
		t.Errorf("buyer's verify: %s", out)
	}

	// replay: a job on the same input and salt is not paid by the first
	// job's proof, on chain or by zkinfer verify
	job3 := cli(append(append([]string{"job", "create", "--model-id", modelID, "--provider", dev.Hex(), "--value", "1000000000000000",
		"--sample", "4", "--input-salt", salt}, buyerFlags...), market...)...)["jobId"].(string)
	if _, errOut, code := run(t, dir, append(append([]string{"job", "fulfill", "--job", job3, "--bundle", "b.json"}, devFlags...), market...)...); code == 0 || !strings.Contains(errOut, "InvalidProof") {
		t.Errorf("a replayed proof: exit %d, %s", code, errOut)
	}
	if out, _, code := run(t, dir, append([]string{"verify", "b.json", "--opening", "o.json"}, jobOf(job3)...)...); code == 0 || !strings.Contains(out, "job mismatch") {
		t.Errorf("verify of a replayed bundle: exit %d, %s", code, out)
	}

	// a second job; a proof of another image does not pay
	job2 := cli(append(append([]string{"job", "create", "--model-id", modelID, "--provider", dev.Hex(), "--value", "1000000000000000",
		"--sample", "5", "--input-salt", salt}, buyerFlags...), market...)...)["jobId"].(string)
	_, errOut, code := run(t, dir, append(append([]string{"job", "fulfill", "--job", job2, "--bundle", "b.json"}, devFlags...), market...)...)
	if code == 0 || !strings.Contains(errOut, "InvalidProof") {
		t.Errorf("a proof of another input: exit %d, %s", code, errOut)
	}
	// only the bound provider may claim
	_, errOut, code = run(t, dir, append(append([]string{"job", "fulfill", "--job", job2, "--bundle", "b.json"}, buyerFlags...), market...)...)
	if code == 0 || !strings.Contains(errOut, "NotJobProvider") {
		t.Errorf("a claim by the buyer: exit %d, %s", code, errOut)
	}
	if show := cli(append([]string{"job", "show", "--job", job2, "--rpc", url}, market...)...); show["state"] != "open" {
		t.Errorf("job 2 after refused claims: %v", show)
	}
	// a wrong password is refused without echoing it
	os.WriteFile(filepath.Join(dir, "wrong"), []byte("guess\n"), 0o600)
	_, errOut, code = run(t, dir, "job", "refund", "--job", job2, "--rpc", url, "--keystore", filepath.Join(dir, "buyer"), "--password-file", filepath.Join(dir, "wrong"), market[0], market[1], market[2], market[3])
	if code == 0 || strings.Contains(errOut, "guess") || !strings.Contains(errOut, "unlock") {
		t.Errorf("wrong password: exit %d, %s", code, errOut)
	}
}

func balance(t *testing.T, url string, a common.Address) *big.Int {
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	b, err := c.BalanceAt(context.Background(), a, nil)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// gethMarket starts geth --dev, funds a buyer account of its own and
// deploys the market with the developer account. It returns the flags of
// both accounts and of the market.
func gethMarket(t *testing.T, dir string) (url string, dev common.Address, devFlags, buyerFlags, market []string) {
	url, dev, devFlags, buyers, market := gethMarketBuyers(t, dir, 1)
	return url, dev, devFlags, buyers[0], market
}

// gethMarketBuyers is gethMarket with n funded buyers, each with a
// keystore of its own (buyer, buyer1, ...).
func gethMarketBuyers(t *testing.T, dir string, n int) (url string, dev common.Address, devFlags []string, buyers [][]string, market []string) {
	node := gethdev.Start(t, dir)
	url, dev = node.URL, node.Dev
	devFlags = []string{"--rpc", url, "--keystore", node.Keystore, "--password-file", node.PasswordFile}
	buyerPw := filepath.Join(dir, "buyer-password")
	os.WriteFile(buyerPw, []byte("buyer secret\n"), 0o600)
	for i := range n {
		name := "buyer"
		if i > 0 {
			name = fmt.Sprintf("buyer%d", i)
		}
		buyerKS := keystore.NewKeyStore(filepath.Join(dir, name), keystore.LightScryptN, keystore.LightScryptP)
		buyer, err := buyerKS.NewAccount("buyer secret")
		if err != nil {
			t.Fatal(err)
		}
		node.Fund(t, new(big.Int).Mul(big.NewInt(5), big.NewInt(1e18)), buyer.Address)
		buyers = append(buyers, []string{"--rpc", url, "--keystore", filepath.Join(dir, name), "--password-file", buyerPw})
	}
	dep := runJSON(t, dir, append([]string{"contracts", "deploy"}, devFlags...)...)
	market = []string{"--registry", dep["registry"].(string), "--escrow", dep["escrow"].(string)}
	return url, dev, devFlags, buyers, market
}

// runJSON runs zkinfer with --json, which must succeed, and decodes its report.
func runJSON(t *testing.T, dir string, args ...string) map[string]any {
	t.Helper()
	out, errOut, code := run(t, dir, append(args, "--json")...)
	if code != 0 {
		t.Fatalf("zkinfer %v: exit %d\n%s\n%s", args, code, out, errOut)
	}
	var res map[string]any
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("zkinfer %v: %v\n%s", args, err, out)
	}
	return res
}

// TestGethSealedJourney is fair exchange from the command line, on a
// real geth --dev node: a model whose output is encrypted, a deposit
// naming the key derived from the buyer's account, a proof sealed to it
// (prove --buyer-key), the payment, and the buyer opening the output from
// the payment with job show --decrypt; another account cannot.
func TestGethSealedJourney(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	dir := t.TempDir()
	url, dev, devFlags, buyerFlags, market := gethMarket(t, dir)
	cli := func(args ...string) map[string]any { return runJSON(t, dir, args...) }
	sealed := []string{"--output-visibility", "encrypted"}
	modelID := cli(append(append(append([]string{"register", "--price", "1000000000000000"}, sealed...), devFlags...), market...)...)["modelId"].(string)
	salt := "0x00000000000000000000000000000000000000000000000000000000000000bb"
	created := cli(append(append(append([]string{"job", "create", "--model-id", modelID, "--provider", dev.Hex(), "--value", "1000000000000000",
		"--sample", "2", "--input-salt", salt}, sealed...), buyerFlags...), market...)...)
	job, key := created["jobId"].(string), created["buyerKey"].(string)
	if shown := cli(append([]string{"job", "show", "--job", job, "--rpc", url}, market...)...); shown["buyerKey"] != key {
		t.Fatalf("job show: buyer key %v, the deposit printed %s", shown["buyerKey"], key)
	}
	jobOf := []string{"--job", job, "--chain-id", "1337", "--provider", dev.Hex(), market[2], market[3]}
	if _, errOut, code := run(t, dir, append(append([]string{"prove", "--sample", "2", "--input-salt", salt, "-o", "b.json", "--opening", "o.json"}, sealed...), jobOf...)...); code == 0 || !strings.Contains(errOut, "buyer") {
		t.Errorf("prove of an encrypted output without the buyer key: exit %d, %s", code, errOut)
	}
	proved := cli(append(append([]string{"prove", "--sample", "2", "--input-salt", salt, "-o", "b.json", "--opening", "o.json", "--buyer-key", key}, sealed...), jobOf...)...)
	if paid := cli(append(append([]string{"job", "fulfill", "--job", job, "--bundle", "b.json"}, devFlags...), market...)...); paid["paid"] != true {
		t.Fatalf("fulfil: %v", paid)
	}
	deposited := strconv.FormatUint(uint64(created["block"].(float64)), 10)
	opened := cli(append(append([]string{"job", "show", "--job", job, "--decrypt", "--from-block", deposited}, buyerFlags...), market...)...)
	if fmt.Sprint(opened["output"]) != fmt.Sprint(proved["output"]) {
		t.Errorf("job show --decrypt opens %v, the proof's output is %v", opened["output"], proved["output"])
	}
	// searched from past the head, the node refuses the range, and the
	// error says where to start
	past := strconv.FormatUint(uint64(created["block"].(float64))+1000, 10)
	if _, errOut, code := run(t, dir, append(append([]string{"job", "show", "--job", job, "--decrypt", "--from-block", past}, buyerFlags...), market...)...); code == 0 || !strings.Contains(errOut, "--from-block at or before the deposit's block") {
		t.Errorf("job show --from-block past the head: exit %d, %s", code, errOut)
	}
	if _, errOut, code := run(t, dir, append(append([]string{"job", "show", "--job", job, "--decrypt"}, devFlags...), market...)...); code == 0 || !strings.Contains(errOut, "does not open") {
		t.Errorf("another account's --decrypt: exit %d, %s", code, errOut)
	}
	if out, errOut, code := run(t, dir, append([]string{"verify", "b.json", "--opening", "o.json", "--buyer-key", key}, jobOf...)...); code != 0 {
		t.Errorf("verify of the sealed bundle: %s %s", out, errOut)
	}
	if out, _, code := run(t, dir, append([]string{"verify", "b.json", "--opening", "o.json", "--buyer-key", fmt.Sprint(opened["ephemeralKey"])}, jobOf...)...); code == 0 || !strings.Contains(out, "job mismatch") {
		t.Errorf("verify for another buyer key: exit %d, %s", code, out)
	}

	// the service proves for the buyer's key, and request reads the
	// output from the payment
	prov := startServe(t, dir, freePort(t), append(append(append([]string{"--serve", modelID + "=mnist-mlp", "--store", filepath.Join(dir, "jobs.db"), "--poll", "200ms"}, sealed...), devFlags...), market...)...)
	bought := cli(append(append(append([]string{"request", "--provider-url", prov.url, "--model-id", modelID, "--sample", "2", "--timeout", "5m"}, sealed...), buyerFlags...), market...)...)
	if bought["verified"] != true || bought["deliveredBy"] == "" || fmt.Sprint(bought["output"]) != fmt.Sprint(proved["output"]) {
		t.Errorf("request of an encrypted output: %v, the output is %v\n%s", bought, proved["output"], prov.log)
	}
	// the first job's payment searched for from a later block (the
	// request's): not found, and the error says where to start
	c, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	head, err := c.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	later := strconv.FormatUint(head, 10)
	if _, errOut, code := run(t, dir, append(append([]string{"job", "show", "--job", job, "--decrypt", "--from-block", later}, buyerFlags...), market...)...); code == 0 || !strings.Contains(errOut, "is not in blocks "+later+" to the head: give --from-block at or before the deposit's block") {
		t.Errorf("job show --from-block after the payment: exit %d, %s", code, errOut)
	}
}
