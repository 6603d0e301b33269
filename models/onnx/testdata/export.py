"""Exports the small PyTorch models and NumPy data sets that zkinfer's
tests import through the CLI: a tabular classifier trained on the Iris
measurements (a vector input) and a CNN on 3x32x32 images (CIFAR-shaped).

Run from this folder with PyTorch, NumPy and scikit-learn installed
(Debian: python3-torch python3-sklearn python3-numpy):

    python3 export.py

It is deterministic for a given PyTorch build; the committed files are
what it wrote with PyTorch 1.13.
"""
import numpy as np
import torch
from torch import nn
from sklearn.datasets import load_iris

torch.manual_seed(1)
np.random.seed(1)

# Iris: 150 flowers, 4 measurements in centimetres, 3 species.
iris = load_iris()
x = iris.data.astype(np.float32)
y = iris.target.astype(np.int64)
order = np.random.permutation(len(x))
x, y = x[order], y[order]
tab = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
opt = torch.optim.Adam(tab.parameters(), lr=0.02)
xt, yt = torch.from_numpy(x), torch.from_numpy(y)
for _ in range(300):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(tab(xt), yt)
    loss.backward()
    opt.step()
acc = (tab(xt).argmax(1) == yt).float().mean().item()
print(f"iris: float accuracy {acc:.4f} on all 150 flowers")
np.save("iris/features.npy", x)
np.save("iris/labels.npy", y)
torch.onnx.export(tab, xt[:1], "iris/model.onnx", opset_version=13,
                  input_names=["features"], output_names=["logits"])

# A CIFAR-shaped CNN: conv 3x3 stride 2 (3 -> 4 channels), ReLU,
# max-pool 2, dense 256 -> 10, with PyTorch's seeded initial weights and
# random images for calibration: the tests need its shape, not accuracy.
cnn = nn.Sequential(
    nn.Conv2d(3, 4, 3, stride=2, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Linear(4 * 8 * 8, 10))
images = np.random.randint(0, 256, size=(16, 3, 32, 32), dtype=np.uint8)
np.save("cifar-cnn/images.npy", images)
inputs = torch.from_numpy(images.astype(np.float32) / 255)
torch.onnx.export(cnn, inputs[:1], "cifar-cnn/model.onnx", opset_version=13,
                  input_names=["image"], output_names=["logits"])
print("cifar-cnn: exported,", sum(p.numel() for p in cnn.parameters()), "parameters")
