import { CAFFE2 } from "./preprocessing-codes";
import type { CatalogEntry } from "./schemas";

// The two Caffe2 SqueezeNet 1.1 files kept in ../shared/data/models (facts in
// ../shared/README.md). sha256 and bytes were computed from those files with
// `sha256sum` and `stat -c %s`. Not the zoo's squeezenet1.1-7.onnx, which is a
// different export (input `data`, P1).

// Upstream of the fp16 file; the default branch of that repository is `master`.
const WINML_SQUEEZENET_FP16 =
  "https://github.com/microsoft/Windows-Machine-Learning/raw/master/SharedContent/models/SqueezeNet_fp16.onnx";

const squeezenetCommon = {
  task: "classification",
  azureName: null,
  labels: "imagenet-1k",
  // Sample code MIT (microsoft/Windows-Machine-Learning); SqueezeNet weights BSD-2-Clause.
  license: "MIT AND BSD-2-Clause",
} as const;

export const LOCAL_ENTRIES: CatalogEntry[] = [
  {
    ...squeezenetCommon,
    id: "squeezenet1.1-caffe2",
    name: "squeezenet1.1-caffe2",
    description:
      "SqueezeNet 1.1 (Caffe2 export, float32), a 5 MB ImageNet classifier converted here from Microsoft's float16 file, so it has no public download and installs only from a mirror (MODEL_MIRROR_DIR).",
    fileName: "squeezenet1.1-caffe2.onnx",
    bytes: 4955013,
    sha256: "3436ce37e7bdc953fbe010465ec27263a81225a7107f9d055be2d304f3bdef6e",
    urls: [],
    inputs: [{ name: "data_0", dtype: "float32", shape: [1, 3, 224, 224] }],
    outputs: [{ name: "softmaxout_1", dtype: "float32", shape: [1, 1000, 1, 1], kind: "probabilities" }],
    preprocessing: CAFFE2,
    isDefault: true,
  },
  {
    ...squeezenetCommon,
    id: "squeezenet1.1-caffe2-fp16",
    name: "squeezenet1.1-caffe2-fp16",
    description:
      "SqueezeNet 1.1 (Caffe2 export) with float16 weights, input and output, from Microsoft's Windows ML samples.",
    fileName: "squeezenet1.1-caffe2-fp16.onnx",
    bytes: 2484091,
    sha256: "21f25e3d9254af93e6218a359469fac714a017b3f9035c0f5c4acbf9a3ff7233",
    // Published upstream as SqueezeNet_fp16.onnx; the download is verified like any other.
    urls: [WINML_SQUEEZENET_FP16],
    inputs: [{ name: "data_0", dtype: "float16", shape: [1, 3, 224, 224] }],
    outputs: [{ name: "softmaxout_1", dtype: "float16", shape: [1, 1000, 1, 1], kind: "probabilities" }],
    preprocessing: { ...CAFFE2, dtype: "float16" },
    isDefault: false,
  },
];
