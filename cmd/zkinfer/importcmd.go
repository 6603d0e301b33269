package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/onnx"
	"github.com/zkinfer/zkinfer/runtime"
)

// dataset is a labelled set of float inputs (an MNIST split, so far).
type dataset struct {
	inputs [][]float64
	labels []int
}

// loadDataset reads a dataset spec "mnist:N" (the first N images of the
// training split) or "mnist-test:N", with pixels scaled to [0, pixelMax].
func loadDataset(spec string, pixelMax float64) (*dataset, error) {
	name, count, _ := strings.Cut(spec, ":")
	n := 0
	if count != "" {
		var err error
		if n, err = strconv.Atoi(count); err != nil || n <= 0 {
			return nil, fmt.Errorf("dataset %q: count %q is not a positive number", spec, count)
		}
	}
	if name != "mnist" && name != "mnist-test" {
		return nil, fmt.Errorf("dataset %q: want mnist:N (training images) or mnist-test:N", spec)
	}
	dir, err := mnist.Dir()
	if err != nil {
		return nil, err
	}
	var set *mnist.Set
	if name == "mnist" {
		if set, _, err = mnist.Load(dir); err != nil {
			return nil, err
		}
	} else if set, err = mnist.LoadTest(dir); err != nil {
		return nil, err
	}
	if n == 0 || n > set.Len() {
		n = set.Len()
	}
	d := &dataset{}
	for i := range n {
		x := mnist.Float(set.Images[i])
		for j := range x {
			x[j] *= pixelMax
		}
		d.inputs = append(d.inputs, x)
		d.labels = append(d.labels, set.Labels[i])
	}
	return d, nil
}

func argmaxFloat(v []float64) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}

// evalReport compares the float and int8 models on a labelled set.
type evalReport struct {
	Model         string             `json:"model"`
	Images        int                `json:"images"`
	FloatAccuracy *float64           `json:"floatAccuracy,omitempty"`
	Int8Accuracy  float64            `json:"int8Accuracy"`
	Agreement     *float64           `json:"agreement,omitempty"`
	Layers        []onnx.LayerError  `json:"layerErrors,omitempty"`
	Constraints   map[string]float64 `json:"-"`
}

func evaluate(v *viper.Viper, cmd *cobra.Command, fm *onnx.FloatModel, m *models.Model, test *dataset) (*evalReport, error) {
	rep := &evalReport{Model: m.Name, Images: len(test.inputs)}
	int8OK, floatOK, agree := 0, 0, 0
	for i, x := range test.inputs {
		c, err := runtime.Classify(cmd.Context(), m, onnx.QuantizeInput(m, x))
		if err != nil {
			return nil, err
		}
		if c == test.labels[i] {
			int8OK++
		}
		if fm != nil {
			outs := fm.Forward(x)
			f := argmaxFloat(outs[len(outs)-1])
			if f == test.labels[i] {
				floatOK++
			}
			if f == c {
				agree++
			}
		}
	}
	n := float64(len(test.inputs))
	rep.Int8Accuracy = float64(int8OK) / n
	if fm != nil {
		fa, ag := float64(floatOK)/n, float64(agree)/n
		rep.FloatAccuracy, rep.Agreement = &fa, &ag
		var err error
		if rep.Layers, err = onnx.CompareLayers(fm, m, test.inputs[:min(200, len(test.inputs))]); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

func printEval(cmd *cobra.Command, rep *evalReport) {
	w := cmd.OutOrStdout()
	if rep.FloatAccuracy != nil {
		fmt.Fprintf(w, "accuracy on %d images: float %.2f%%, int8 %.2f%% (%+.2f points); the two agree on %.2f%%\n",
			rep.Images, 100**rep.FloatAccuracy, 100*rep.Int8Accuracy, 100*(rep.Int8Accuracy-*rep.FloatAccuracy), 100**rep.Agreement)
		fmt.Fprintf(w, "largest error per layer (int8 steps, first %d images):\n", min(200, rep.Images))
		for _, l := range rep.Layers {
			fmt.Fprintf(w, "  %-24s %-8s %.2f\n", l.Layer, l.Op, l.Steps)
		}
	} else {
		fmt.Fprintf(w, "int8 accuracy on %d images: %.2f%%\n", rep.Images, 100*rep.Int8Accuracy)
	}
}

func newImport(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import MODEL.onnx",
		Short: "Import an ONNX model, quantize it to int8 and report what quantization cost",
		Long: `import translates an ONNX model (opsets 7 to 13: Conv, Gemm, MatMul, Add of
a bias, BatchNormalization, Relu, MaxPool, Reshape, Flatten) into zkinfer's
int8 IR: weights per output channel, biases in int32, activation ranges
calibrated on --calibrate (mnist:N, the first N MNIST training images,
pixels scaled to [0, --pixel-max]). It then compares float and int8
accuracy on --eval (mnist-test:N) and prints the largest error per layer,
so a provider sees what quantization cost before paying for a setup.`,
		Args: oneArg("the ONNX model file to import", "zkinfer import model.onnx [-o model.zkm] [--pixel-max 255]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			data, err := readLimited(args[0], 256<<20)
			if err != nil {
				return err
			}
			name := v.GetString("name")
			if name == "" {
				name = strings.TrimSuffix(baseName(args[0]), ".onnx")
			}
			fm, err := onnx.Parse(data, name)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			p := newProgress(v.GetBool("json"))
			defer p.End()
			p.Step("calibrate on " + v.GetString("calibrate"))
			calib, err := loadDataset(v.GetString("calibrate"), v.GetFloat64("pixel-max"))
			if err != nil {
				return err
			}
			if want := fm.Input.Size(); want != mnist.ImageSize {
				return fmt.Errorf("%s takes %d values (shape %v); the MNIST datasets give %d", args[0], want, fm.Input, mnist.ImageSize)
			}
			m, err := fm.Quantize(calib.inputs, onnx.QuantOptions{Percentile: v.GetFloat64("percentile")})
			if err != nil {
				return err
			}
			p.Step("evaluate on " + v.GetString("eval"))
			test, err := loadDataset(v.GetString("eval"), v.GetFloat64("pixel-max"))
			if err != nil {
				return err
			}
			rep, err := evaluate(v, cmd, fm, m, test)
			if err != nil {
				return err
			}
			p.End()
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				return err
			}
			out := v.GetString("out")
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), rep)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "imported %s (%s, opset %d): %d layers, %d parameters -> %s (%d bytes)\n",
				args[0], fm.Producer, fm.Opset, len(m.Nodes), m.NumParameters(), out, buf.Len())
			printEval(cmd, rep)
			return nil
		},
	}
	cmd.Flags().StringP("out", "o", "model.zkm", "model file to write")
	cmd.Flags().String("name", "", "model name (default: the file name)")
	cmd.Flags().String("calibrate", "mnist:1000", "calibration set: mnist:N (first N MNIST training images)")
	cmd.Flags().String("eval", "mnist-test:10000", "evaluation set: mnist-test:N")
	cmd.Flags().Float64("pixel-max", 1, "float value of a white pixel the model expects (1 for [0,1] inputs, 255 for raw pixels)")
	cmd.Flags().Float64("percentile", 0, "percentile of |activation| that maps to int8 127 (0: the maximum)")
	return cmd
}

func newEval(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval MODEL.zkm",
		Short: "Measure a quantized model's accuracy (and, with --onnx, what quantization cost)",
		Args:  oneArg("the .zkm model file to measure", "zkinfer eval model.zkm [--onnx model.onnx] [--eval mnist-test:10000]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			v.Set("model", args[0])
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			var fm *onnx.FloatModel
			if path := v.GetString("onnx"); path != "" {
				data, err := readLimited(path, 256<<20)
				if err != nil {
					return err
				}
				if fm, err = onnx.Parse(data, m.Name); err != nil {
					return fmt.Errorf("%s: %w", path, err)
				}
			}
			test, err := loadDataset(v.GetString("eval"), v.GetFloat64("pixel-max"))
			if err != nil {
				return err
			}
			rep, err := evaluate(v, cmd, fm, m, test)
			if err != nil {
				return err
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), rep)
			}
			printEval(cmd, rep)
			return nil
		},
	}
	cmd.Flags().String("onnx", "", "the float ONNX model the .zkm came from, for float accuracy and per-layer errors")
	cmd.Flags().String("eval", "mnist-test:10000", "evaluation set: mnist-test:N")
	cmd.Flags().Float64("pixel-max", 1, "float value of a white pixel the model expects")
	return cmd
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// readLimited reads a file of at most max bytes.
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, max)
	}
	return data, nil
}
