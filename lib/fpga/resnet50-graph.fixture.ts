// A ResNet-50 (v1.5: stride on the 3×3 conv) graph at batch 1 in the shape the simulator
// reads, built from the architecture (He et al., "Deep Residual Learning for Image
// Recognition", CVPR 2016, table 1; torchvision's v1.5 stride placement) rather than from
// an .onnx file: no ResNet-50 file is available here without python3-onnx. BatchNorm is
// taken as folded into the convs, as an inference export does. For tests and the docs page.
import type { SimulatedGraph, SimulatedLayerInput } from "./plan-graph";

type Tensor = { name: string; shape: number[] };

export function buildResnet50Graph(): SimulatedGraph {
  const layers: SimulatedLayerInput[] = [];
  let parameterCount = 0;
  let counter = 0;
  // weightElements: the layer's own weights and biases, so the layers add up to parameterCount.
  const add = (opType: string, inputs: string[], shape: number[], macs = 0, attributes = {}, weightElements = 0): Tensor => {
    const name = `${opType.toLowerCase()}_${counter++}`;
    layers.push({ name, opType, inputs, outputs: [name], outputShapes: [shape], macs, attributes, weightElements });
    parameterCount += weightElements;
    return { name, shape };
  };
  const conv = (x: Tensor, cout: number, k: number, stride = 1): Tensor => {
    const [, cin, h, w] = x.shape;
    const out = [1, cout, Math.ceil(h / stride), Math.ceil(w / stride)];
    const macs = cout * out[2] * out[3] * cin * k * k;
    const attributes = { group: 1, kernel_shape: [k, k], strides: [stride, stride] };
    return add("Conv", [x.name, `w${counter}`, `b${counter}`], out, macs, attributes, cout * cin * k * k + cout);
  };
  const relu = (x: Tensor) => add("Relu", [x.name], x.shape);

  let x: Tensor = { name: "input", shape: [1, 3, 224, 224] };
  x = relu(conv(x, 64, 7, 2));
  x = add("MaxPool", [x.name], [1, 64, 56, 56], 0, { kernel_shape: [3, 3], strides: [2, 2] });
  const stages: [number, number, number][] = [[3, 64, 1], [4, 128, 2], [6, 256, 2], [3, 512, 2]];
  for (const [blocks, width, firstStride] of stages) {
    for (let block = 0; block < blocks; block++) {
      const stride = block === 0 ? firstStride : 1;
      const shortcut = block === 0 ? conv(x, width * 4, 1, stride) : x;
      let y = relu(conv(x, width, 1));
      y = relu(conv(y, width, 3, stride));
      y = conv(y, width * 4, 1);
      x = relu(add("Add", [y.name, shortcut.name], y.shape));
    }
  }
  x = add("GlobalAveragePool", [x.name], [1, 2048, 1, 1]);
  x = add("Flatten", [x.name], [1, 2048]);
  const logits = add("Gemm", [x.name, "fc_w", "fc_b"], [1, 1000], 2048 * 1000, {}, 2048 * 1000 + 1000);
  return {
    inputs: [{ name: "input", dtype: "float32", shape: [1, 3, 224, 224] }],
    outputs: [{ name: logits.name, dtype: "float32", shape: [1, 1000] }],
    batchSize: 1,
    parameterCount,
    layers,
  };
}
