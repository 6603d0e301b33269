package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/dataset"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/onnx"
	"github.com/zkinfer/zkinfer/models/tensorio"
	"github.com/zkinfer/zkinfer/runtime"
)

func argmaxFloat(v []float64) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}

// evalReport compares the float and int8 models on a data set.
type evalReport struct {
	Model  string `json:"model"`
	Data   string `json:"data"`
	Inputs int    `json:"inputs"`
	// PixelMax is the real value of a white pixel the data were read at;
	// zero for data that are not pixels.
	PixelMax float64 `json:"pixelMax,omitempty"`
	// Labelled is false for data without labels (random ones, say): no
	// accuracy, only how often the int8 model agrees with the float one.
	Labelled bool `json:"labelled"`
	// Clamped counts inputs with a value beyond the int8 range at the
	// model's input scale: eval saturates them, prove refuses them.
	Clamped       int               `json:"clamped"`
	FloatAccuracy *float64          `json:"floatAccuracy,omitempty"`
	Int8Accuracy  *float64          `json:"int8Accuracy,omitempty"`
	Agreement     *float64          `json:"agreement,omitempty"`
	Layers        []onnx.LayerError `json:"layerErrors,omitempty"`

	scale float64 // the model's input scale
}

// layerImages bounds the inputs the per-layer comparison runs on.
const layerImages = 200

func evaluate(cmd *cobra.Command, fm *onnx.FloatModel, m *models.Model, set *dataset.Set) (*evalReport, error) {
	rep := &evalReport{Model: m.Name, Data: set.Source, Inputs: len(set.Inputs), Labelled: set.Labels != nil, scale: m.Tensors[m.Input].Scale}
	if set.Pixels {
		rep.PixelMax = set.PixelMax
	}
	int8OK, floatOK, agree := 0, 0, 0
	for i, x := range set.Inputs {
		// what prove would refuse, by its own rule
		if _, err := tensorio.Quantize(x, m); err != nil {
			rep.Clamped++
		}
		c, err := runtime.Classify(cmd.Context(), m, onnx.QuantizeInput(m, x))
		if err != nil {
			return nil, err
		}
		if rep.Labelled && c == set.Labels[i] {
			int8OK++
		}
		if fm != nil {
			outs := fm.Forward(x)
			f := argmaxFloat(outs[len(outs)-1])
			if rep.Labelled && f == set.Labels[i] {
				floatOK++
			}
			if f == c {
				agree++
			}
		}
	}
	n := float64(len(set.Inputs))
	ratio := func(k int) *float64 { r := float64(k) / n; return &r }
	if rep.Labelled {
		rep.Int8Accuracy = ratio(int8OK)
	}
	if fm != nil {
		rep.Agreement = ratio(agree)
		if rep.Labelled {
			rep.FloatAccuracy = ratio(floatOK)
		}
		var err error
		if rep.Layers, err = onnx.CompareLayers(fm, m, set.Inputs[:min(layerImages, len(set.Inputs))]); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

func printEval(cmd *cobra.Command, rep *evalReport) {
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "data: %s", rep.Data)
	if rep.PixelMax != 0 {
		fmt.Fprintf(w, ", pixels scaled to [0, %g]", rep.PixelMax)
	}
	fmt.Fprintln(w)
	switch {
	case rep.FloatAccuracy != nil:
		fmt.Fprintf(w, "accuracy on %d inputs: float %.2f%%, int8 %.2f%% (%+.2f points); the two agree on %.2f%%\n",
			rep.Inputs, 100**rep.FloatAccuracy, 100**rep.Int8Accuracy, 100*(*rep.Int8Accuracy-*rep.FloatAccuracy), 100**rep.Agreement)
	case rep.Int8Accuracy != nil:
		fmt.Fprintf(w, "int8 accuracy on %d inputs: %.2f%% (give --onnx for the float model's)\n", rep.Inputs, 100**rep.Int8Accuracy)
	case rep.Agreement != nil:
		fmt.Fprintf(w, "no labels, so no accuracy: the int8 and float models agree on the top class for %.2f%% of %d inputs\n", 100**rep.Agreement, rep.Inputs)
	default:
		fmt.Fprintf(w, "no labels and no float model: nothing to measure (give labelled data, or --onnx)\n")
	}
	if rep.Clamped > 0 {
		fmt.Fprintf(w, "%d of %d inputs hold values beyond the calibrated input range ±%.4g: they count here at the nearest int8 value, and prove refuses them as they are\n", rep.Clamped, rep.Inputs, 127*rep.scale)
	}
	if len(rep.Layers) > 0 {
		fmt.Fprintf(w, "largest error per layer (int8 steps, first %d inputs):\n", min(layerImages, rep.Inputs))
		for _, l := range rep.Layers {
			fmt.Fprintf(w, "  %-24s %-8s %.2f\n", l.Layer, l.Op, l.Steps)
		}
	}
}

// dataFlags adds the data set flags of import and eval.
func dataFlags(cmd *cobra.Command) {
	cmd.Flags().String("eval", "", "evaluation set (see below); default mnist-test:10000 for 28×28 inputs, else (import) the --calibrate set; none skips it (import)")
	cmd.Flags().String("labels", "", "labels of the --eval inputs: an .npy integer array or a text file with one integer per line")
}

// loadSet loads the data set of a flag for model inputs of shape, telling
// the user which flag was wrong.
func loadSet(flag, spec string, shape models.Shape, opts dataset.Options) (*dataset.Set, error) {
	opts.Shape = shape
	set, err := dataset.Load(spec, opts)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w", flag, err)
	}
	return set, nil
}

// defaultSet is the MNIST split for a model of 28×28 inputs.
func defaultSet(flag, split string, shape models.Shape) (string, error) {
	if shape.Size() == mnist.ImageSize {
		return split, nil
	}
	return "", fmt.Errorf("--%s is needed: the model takes shape %v, which the built-in MNIST images do not fit; give an .npy array, a folder of images, or random:N:LO:HI", flag, shape)
}

const dataHelp = `
Data sets (--calibrate, --eval) are given as
  mnist:N, mnist-test:N  the first N MNIST training or test images (28×28 inputs)
  FILE.npy[:N]           an array of N inputs (N × the input shape): float32/64 real
                         values, uint8 pixels, or int8 quantized inputs (the eval
                         command only: import has no input scale yet)
  FOLDER[:N]             .png/.pgm images sorted by name (gray, or RGB planes for
                         3×H×W inputs); in subfolders named 0, 1, 2…, labelled by them
  random:N[:LO:HI]       N inputs uniform in [LO, HI] (default [0, 1]): no accuracy
Labels come from the set (MNIST, labelled folders) or from --labels. Pixels are
scaled to [0, --pixel-max].`

func newImport(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "import MODEL.onnx",
		Short: "Import an ONNX model of any input shape, quantize it to int8 and report what quantization cost",
		Long: `import translates an ONNX model (opsets 7 to 13) into zkinfer's int8 IR, quantizes
it on the provider's own data and reports what quantization cost before any setup.

Ops: Conv (pads, strides, auto_pad, group 1), Gemm, MatMul, Add (a bias, or two
activations of one shape: a residual connection), BatchNormalization (folded),
Relu, MaxPool, AveragePool, GlobalAveragePool, Sigmoid, Tanh and Clip (int8
lookup tables), Reshape and Flatten; any other op is an error that names it.
The input may have any shape: a vector, 1×28×28, 3×32×32.

Quantization is symmetric int8: weights per output channel, int32 biases,
activation ranges calibrated on --calibrate (their maximum, or --percentile).
Then float and int8 accuracy are compared on --eval, with the largest error per
layer. The model file records the pixel scaling, so eval, infer, prove and
request read images as the calibration did, with no flag.
` + dataHelp + `

Examples:
  zkinfer import mnist-8.onnx --pixel-max 255 -o mnist-8.zkm
  zkinfer import iris.onnx --calibrate features.npy --eval features.npy --labels labels.npy -o iris.zkm
  zkinfer import cnn.onnx --calibrate images.npy --pixel-max 1 --eval none -o cnn.zkm`,
		Args: oneArg("the ONNX model file to import", "zkinfer import model.onnx [--calibrate SET] [-o model.zkm]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			out := v.GetString("out")
			if err := checkWritable(out); err != nil {
				return err
			}
			pm := v.GetFloat64("pixel-max")
			if !(pm >= 0 && pm <= models.MaxPixelMax) {
				return fmt.Errorf("--pixel-max %v: want the real value of a white pixel, up to %d (0: not given)", pm, models.MaxPixelMax)
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
			calibSpec := v.GetString("calibrate")
			if calibSpec == "" {
				if calibSpec, err = defaultSet("calibrate", "mnist:1000", fm.Input); err != nil {
					return err
				}
			}
			evalSpec := v.GetString("eval")
			if evalSpec == "" {
				if fm.Input.Size() == mnist.ImageSize {
					evalSpec = "mnist-test:10000"
				} else {
					evalSpec = calibSpec
				}
			}
			p := newProgress(v.GetBool("json"))
			defer p.End()
			p.Step("read the calibration set " + calibSpec)
			calib, err := loadSet("calibrate", calibSpec, fm.Input, dataset.Options{PixelMax: pm})
			if err != nil {
				return err
			}
			var test *dataset.Set
			if evalSpec != "none" {
				p.Step("read the evaluation set " + evalSpec)
				if test, err = loadSet("eval", evalSpec, fm.Input, dataset.Options{PixelMax: pm, Labels: v.GetString("labels")}); err != nil {
					return err
				}
			}
			p.Step(fmt.Sprintf("calibrate on %d inputs", len(calib.Inputs)))
			m, err := fm.Quantize(calib.Inputs, onnx.QuantOptions{Percentile: v.GetFloat64("percentile")})
			if err != nil {
				return err
			}
			// the file records the pixel scaling when the calibration read
			// pixels, or when the flag said it
			m.PixelMax = pm
			switch {
			case calib.Pixels:
				m.PixelMax = calib.PixelMax
			case test != nil && test.Pixels:
				m.PixelMax = test.PixelMax
			}
			var rep *evalReport
			if test != nil {
				p.Step(fmt.Sprintf("evaluate on %d inputs", len(test.Inputs)))
				if rep, err = evaluate(cmd, fm, m, test); err != nil {
					return err
				}
			}
			p.End()
			var buf bytes.Buffer
			if _, err := m.WriteTo(&buf); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			if v.GetBool("json") {
				return printJSON(cmd.OutOrStdout(), importReport{Model: m.Name, File: out, Input: m.InputShape(), Calibration: calib.Source,
					PixelMax: m.PixelMax, Parameters: m.NumParameters(), Eval: rep})
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "imported %s (%s, opset %d): input %v, %d layers, %d parameters -> %s (%d bytes)\n",
				args[0], fm.Producer, fm.Opset, m.InputShape(), len(m.Nodes), m.NumParameters(), out, buf.Len())
			fmt.Fprintf(w, "calibrated on %s", calib.Source)
			if m.PixelMax != 0 {
				fmt.Fprintf(w, "; the model reads pixels scaled to [0, %g]", m.PixelMax)
			}
			fmt.Fprintln(w)
			if rep != nil {
				printEval(cmd, rep)
			}
			return nil
		},
	}
	cmd.Flags().StringP("out", "o", "model.zkm", "model file to write")
	cmd.Flags().String("name", "", "model name (default: the file name)")
	cmd.Flags().String("calibrate", "", "calibration set (see below); default mnist:1000 for 28×28 inputs")
	dataFlags(cmd)
	cmd.Flags().Float64("pixel-max", 0, "real value of a white pixel the model expects, for pixel data (1 for [0, 1] inputs, 255 for raw pixels; default 1); recorded in the model file")
	cmd.Flags().Float64("percentile", 0, "percentile of |activation| that maps to int8 127 (0: the maximum)")
	return cmd
}

// importReport is import's --json output.
type importReport struct {
	Model       string       `json:"model"`
	File        string       `json:"file"`
	Input       models.Shape `json:"inputShape"`
	Calibration string       `json:"calibration"`
	PixelMax    float64      `json:"pixelMax,omitempty"`
	Parameters  int          `json:"parameters"`
	Eval        *evalReport  `json:"eval,omitempty"`
}

func newEval(v *viper.Viper) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval MODEL.zkm",
		Short: "Measure a quantized model's accuracy on a data set (and, with --onnx, what quantization cost)",
		Long: `eval runs the integer runtime, the function the circuit proves, over a data set
and reports its accuracy. With --onnx, the float model the .zkm came from runs
beside it: float accuracy, how often the two agree, and the largest error per
layer in int8 steps.

Pixels are read at the scaling the model file records (what import's
--pixel-max set), so the figure matches the import's; --pixel-max is only
needed for a model file that records none, and may not contradict one that
does. Data without labels (random ones, say) give no accuracy, only the
agreement with the float model.
` + dataHelp + `

Examples:
  zkinfer eval mnist-8.zkm --onnx mnist-8.onnx
  zkinfer eval iris.zkm --eval features.npy --labels labels.npy`,
		Args: oneArg("the .zkm model file to measure", "zkinfer eval model.zkm [--eval SET] [--onnx model.onnx]"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := bindConfig(v, cmd); err != nil {
				return err
			}
			v.Set("model", args[0])
			m, err := loadModel(v)
			if err != nil {
				return err
			}
			pm, err := pixelMax(v, m)
			if err != nil {
				return err
			}
			spec := v.GetString("eval")
			if spec == "" {
				if spec, err = defaultSet("eval", "mnist-test:10000", m.InputShape()); err != nil {
					return err
				}
			}
			if spec == "none" {
				return fmt.Errorf("--eval none: eval needs a data set")
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
				if !slices.Equal(fm.Input, m.InputShape()) {
					return fmt.Errorf("%s takes shape %v, %s takes %v: give the ONNX file the model was imported from", path, fm.Input, args[0], m.InputShape())
				}
			}
			set, err := loadSet("eval", spec, m.InputShape(), dataset.Options{PixelMax: pm, Labels: v.GetString("labels"), InputScale: m.Tensors[m.Input].Scale})
			if err != nil {
				return err
			}
			if set.Pixels && pm == 0 {
				return fmt.Errorf("%s records no pixel scaling (an older file, or calibrated on non-pixel data) and --eval gives pixels: give --pixel-max, the real value of a white pixel (1 for [0, 1] inputs, 255 for raw pixels)", args[0])
			}
			rep, err := evaluate(cmd, fm, m, set)
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
	dataFlags(cmd)
	cmd.Flags().Float64("pixel-max", 0, "real value of a white pixel, only for a model file that records no pixel scaling")
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
