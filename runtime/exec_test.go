package runtime

import (
	"context"
	"errors"
	"testing"

	"github.com/zkinfer/zkinfer/models"
	"github.com/zkinfer/zkinfer/models/mnist"
	"github.com/zkinfer/zkinfer/models/zoo"
)

func TestRequantize(t *testing.T) {
	cases := []struct {
		acc  int64
		r    models.Requant
		want int8
	}{
		{3, models.Requant{Mult: 1, Shift: 1}, 2},              // 1.5 rounds half up to 2
		{-3, models.Requant{Mult: 1, Shift: 1}, -1},            // -1.5 rounds half up to -1
		{-5, models.Requant{Mult: 1, Shift: 2}, -1},            // -1.25 → -1
		{-7, models.Requant{Mult: 1, Shift: 2}, -2},            // -1.75 → -2
		{5, models.Requant{Mult: 1, Shift: 2}, 1},              // 1.25 → 1
		{6, models.Requant{Mult: 1, Shift: 2}, 2},              // 1.5 → 2
		{1000, models.Requant{Mult: 3, Shift: 3}, 127},         // 375 clamps
		{-1000, models.Requant{Mult: 3, Shift: 3}, -128},       // -375 clamps
		{255, models.Requant{Mult: 1, Shift: 1}, 127},          // 127.5 → 128 → clamps
		{-257, models.Requant{Mult: 1, Shift: 1}, -128},        // -128.5 → -128
		{1 << 40, models.Requant{Mult: 1 << 20, Shift: 62}, 0}, // 2^60/2^62 = 0.25 → 0
		{0, models.Requant{Mult: 12345, Shift: 20}, 0},
	}
	for _, c := range cases {
		if got := Requantize(c.acc, c.r); got != c.want {
			t.Errorf("Requantize(%d, %+v) = %d, want %d", c.acc, c.r, got, c.want)
		}
	}
}

func TestExecuteRejectsWrongInput(t *testing.T) {
	m, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 783, 785} {
		if _, err := Execute(context.Background(), m, make([]int8, n)); !errors.Is(err, ErrInput) {
			t.Errorf("%d values: error %v, want ErrInput", n, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Execute(ctx, m, make([]int8, 784)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

func TestTraceHoldsEveryTensor(t *testing.T) {
	m, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	s := zoo.Samples()[0]
	tr, err := Execute(context.Background(), m, mnist.Quantize(s.Pixels))
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range tr.Values {
		if len(v) != m.Tensors[i].Shape.Size() {
			t.Errorf("tensor %d %q: %d values, shape %v", i, m.Tensors[i].Name, len(v), m.Tensors[i].Shape)
		}
	}
	for k, n := range m.Nodes {
		if (n.Op == models.OpDense) != (tr.Acc[k] != nil) {
			t.Errorf("node %d %s: accumulators %v", k, n.Op, tr.Acc[k] != nil)
		}
	}
	if got := Argmax(tr.Output(m)); got != s.Label {
		t.Errorf("first test image classified %d, label %d", got, s.Label)
	}
}

// The shipped CNN reaches the accuracy its training record states.
func TestZooLeNetAccuracyMatchesRecord(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluates 10,000 images")
	}
	dir, err := mnist.Dir()
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := zoo.MNISTLeNet()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := zoo.MNISTLeNetTraining()
	if err != nil {
		t.Fatal(err)
	}
	acc, err := accuracy(m, test)
	if err != nil {
		t.Fatal(err)
	}
	if acc != rec.Int8Accuracy || rec.FloatAccuracy-acc > 0.01 {
		t.Errorf("int8 accuracy %.4f, record says %.4f (float %.4f)", acc, rec.Int8Accuracy, rec.FloatAccuracy)
	}
}

// The shipped model reaches the accuracy its training record states, on
// the full 10k MNIST test set.
func TestZooAccuracyMatchesRecord(t *testing.T) {
	if testing.Short() {
		t.Skip("evaluates 10,000 images")
	}
	dir, err := mnist.Dir()
	if err != nil {
		t.Fatal(err)
	}
	test, err := mnist.LoadTest(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := zoo.MNISTMLP()
	if err != nil {
		t.Fatal(err)
	}
	rec, err := zoo.MNISTMLPTraining()
	if err != nil {
		t.Fatal(err)
	}
	acc, err := accuracy(m, test)
	if err != nil {
		t.Fatal(err)
	}
	if acc != rec.Int8Accuracy {
		t.Errorf("int8 accuracy %.4f, record says %.4f", acc, rec.Int8Accuracy)
	}
	if rec.FloatAccuracy < 0.97 || rec.FloatAccuracy-acc > 0.005 {
		t.Errorf("float %.4f / int8 %.4f: want float ≥ 97%% and int8 within 0.5 point", rec.FloatAccuracy, acc)
	}
}

// A convolution by hand: a 3×3 input, a 2×2 kernel, pad 1, stride 2.
func TestConv2DSemantics(t *testing.T) {
	n := &models.Node{Op: models.OpConv2D, WeightShape: models.Shape{1, 1, 2, 2}, Weights: []int8{1, 2, 3, 4},
		Bias: []int32{10}, Requant: []models.Requant{{Mult: 1, Shift: 1}}, Strides: []int{2, 2}, Pads: []int{1, 1, 1, 1}}
	x := []int8{1, 2, 3, 4, 5, 6, 7, 8, 9}
	acc, _ := Conv2D(n, models.Shape{1, 3, 3}, x)
	// output 2×2; window (0,0) covers padded (-1,-1)..(0,0): only x[0,0]=1 under weight 4
	want := []int64{10 + 4*1, 10 + 3*2 + 4*3, 10 + 2*4 + 4*7, 10 + 1*5 + 2*6 + 3*8 + 4*9}
	for i := range want {
		if acc[i] != want[i] {
			t.Errorf("acc[%d] = %d, want %d", i, acc[i], want[i])
		}
	}
	p := &models.Node{Op: models.OpMaxPool, Kernel: []int{2, 2}, Strides: []int{1, 1}, Pads: []int{0, 0, 1, 1}}
	got := MaxPool(p, models.Shape{1, 3, 3}, []int8{-5, -2, -9, -7, -3, -1, -8, -6, -4})
	// padded positions are not in the windows: the bottom-right window is x[2,2] alone
	wantMax := []int8{-2, -1, -1, -3, -1, -1, -6, -4, -4}
	for i := range wantMax {
		if got[i] != wantMax[i] {
			t.Errorf("max[%d] = %d, want %d (all %v)", i, got[i], wantMax[i], got)
		}
	}
}

// Average pooling rounds half up, also for negative sums, and counts only
// the positions inside the input.
func TestAvgPoolSemantics(t *testing.T) {
	p := &models.Node{Op: models.OpAvgPool, Kernel: []int{2, 2}, Strides: []int{2, 2}, Pads: []int{0, 0, 1, 1}}
	// 3×3 input; windows: {1,2,4,5}, {3,6} (right edge), {7,8}, {9}
	x := []int8{-1, -2, 3, -4, -6, 5, 7, 8, -9}
	got := AvgPool(p, models.Shape{1, 3, 3}, x)
	// (-1-2-4-6)/4 = -3.25 → -3; (3+5)/2 = 4; (7+8)/2 = 7.5 → 8; -9/1 = -9
	want := []int8{-3, 4, 8, -9}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("avg[%d] = %d, want %d (all %v)", i, got[i], want[i], got)
		}
	}
	half := AvgPool(&models.Node{Op: models.OpAvgPool, Kernel: []int{1, 2}, Strides: []int{1, 2}, Pads: []int{0, 0, 0, 0}}, models.Shape{1, 1, 2}, []int8{-2, -1})
	if half[0] != -1 { // -1.5 rounds half up to -1
		t.Errorf("avg(-2, -1) = %d, want -1", half[0])
	}
}

func accuracy(m *models.Model, set *mnist.Set) (float64, error) {
	ok := 0
	for i, px := range set.Images {
		c, err := Classify(context.Background(), m, mnist.Quantize(px))
		if err != nil {
			return 0, err
		}
		if c == set.Labels[i] {
			ok++
		}
	}
	return float64(ok) / float64(set.Len()), nil
}
