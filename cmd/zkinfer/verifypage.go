package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/runtime/service/web"
)

func newVerifyPage(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "verify-page -o FILE",
		Short: "Write the in-browser bundle verifier as one self-contained HTML file",
		Long: `verify-page writes zkinfer's bundle verifier, compiled to WebAssembly, as
one HTML file with everything inlined: open it in a browser (from disk; it
fetches nothing and sends nothing), drop a proof bundle, the verifying key
you trust and, if you hold it, your opening, and it says VALID or INVALID
with the reason, beside the trust anchors (model commitment, key hash,
setup kind). 'zkinfer serve' serves the same file at /verify.html, and the
same verifier in its page at /.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out := v.GetString("out")
			if out == "" {
				return fmt.Errorf("-o FILE is required: where to write the page")
			}
			var buf bytes.Buffer
			if err := web.WriteStandalone(&buf); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			return report(cmd, v, map[string]any{"file": out, "bytes": buf.Len()},
				fmt.Sprintf("wrote %s (%.1f MB): open it in a browser and drop a bundle and its key on it", out, float64(buf.Len())/1e6))
		},
	}
	cmd.Flags().StringP("out", "o", "", "the HTML file to write")
	return cmd
}
