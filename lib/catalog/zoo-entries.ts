import { P1, P2, P4, P5, P6 } from "./preprocessing-codes";
import type { CatalogEntry, OutputSpec, TensorSpec } from "./schemas";
import { buildZooUrls, fileNameOf } from "./zoo-urls";

// The ONNX Model Zoo rows of ../shared/design/CATALOG.md: path, bytes and sha256 from
// the zoo's Git LFS pointers; I/O names and shapes from its ONNX_HUB_MANIFEST.json
// ("N" = batch, "n" = number of boxes, "H"/"W" = any image size).

type ZooRow = Omit<CatalogEntry, "name" | "fileName" | "urls" | "isDefault"> & {
  path: string;
  isDefault?: boolean;
};

function zooEntry({ path, isDefault = false, ...row }: ZooRow): CatalogEntry {
  return { ...row, name: row.id, fileName: fileNameOf(path), urls: buildZooUrls(path), isDefault };
}

const nchw = (name: string, batch: number | string): TensorSpec[] => [
  { name, dtype: "float32", shape: [batch, 3, 224, 224] },
];
const logits = (name: string, shape: OutputSpec["shape"]): OutputSpec[] => [
  { name, dtype: "float32", shape, kind: "logits" },
];
const CLS = "validated/vision/classification";
const DET = "validated/vision/object_detection_segmentation";
const imagenet = { task: "classification", labels: "imagenet-1k" } as const;

export const ZOO_ENTRIES: CatalogEntry[] = [
  zooEntry({
    id: "resnet50", azureName: "ResNet-50", ...imagenet, path: `${CLS}/resnet/model/resnet50-v1-12.onnx`,
    description: "ResNet-50, a 50-layer residual network that sorts a photo into one of 1,000 ImageNet categories.",
    bytes: 102576593, sha256: "3f03fdef724b22947eed826f1eef1dc5c34151bb4c37d634f1db89dfa2dd1526",
    inputs: nchw("data", "N"), outputs: logits("resnetv17_dense0_fwd", ["N", 1000]), preprocessing: P1, license: "Apache-2.0",
  }),
  zooEntry({
    id: "resnet50-int8", azureName: "QuantizedResnet50", ...imagenet, path: `${CLS}/resnet/model/resnet50-v1-12-int8.onnx`,
    description: "ResNet-50 with 8-bit integer weights: a quarter of the size of ResNet-50 for nearly the same accuracy.",
    bytes: 25816052, sha256: "c234f30975989788b4405f25253275aae247ab6dbdd34aaa69ab0a59ff76f6d0",
    inputs: nchw("data", "N"), outputs: logits("resnetv17_dense0_fwd", ["N", 1000]), preprocessing: P1, license: "Apache-2.0",
  }),
  zooEntry({
    id: "resnet152", azureName: "ResNet-152", ...imagenet, path: `${CLS}/resnet/model/resnet152-v1-7.onnx`,
    description: "ResNet-152, a deeper, slower and more accurate cousin of ResNet-50 for the same 1,000 ImageNet categories.",
    bytes: 241816206, sha256: "b0ec92437bf8c9d0739bf9bafdea9638e13f9e3c1e2fb766ad546cc182fd3f6d",
    inputs: nchw("data", "N"), outputs: logits("resnetv19_dense0_fwd", ["N", 1000]), preprocessing: P1, license: "Apache-2.0",
  }),
  zooEntry({
    id: "densenet121", azureName: "DenseNet-121", ...imagenet, path: `${CLS}/densenet-121/model/densenet-12.onnx`,
    description: "DenseNet-121, a compact ImageNet classifier in which every layer reuses the features of all earlier layers.",
    bytes: 32726877, sha256: "0294e7e88e5b3360de9b0fdc321baf9e6ef18b7f058c4536caae3b9f18ed9ed5",
    inputs: nchw("data_0", 1), outputs: logits("fc6_1", [1, 1000, 1, 1]), preprocessing: P2, license: "MIT",
  }),
  zooEntry({
    id: "densenet121-int8", azureName: "QuantizedDensenet121", ...imagenet, path: `${CLS}/densenet-121/model/densenet-12-int8.onnx`,
    description: "DenseNet-121 with 8-bit integer weights, about a quarter of the size of the full-precision model.",
    bytes: 8901304, sha256: "22ab62382b43c2757d84832bf7db13569ab22073d2b1c086ab5669be46d89016",
    inputs: nchw("data_0", 1), outputs: logits("fc6_1", [1, 1000, 1, 1]), preprocessing: P2, license: "MIT",
  }),
  zooEntry({
    id: "vgg16", azureName: "VGG-16", ...imagenet, path: `${CLS}/vgg/model/vgg16-12.onnx`,
    description: "VGG-16, a large and simple stack of convolutions (553 MB) that classifies photos into 1,000 ImageNet categories.",
    bytes: 553437752, sha256: "722c42f53ca03a5480296bf8f9c85a151de3eed9ec982d7d2302ff6e2900c67b",
    inputs: nchw("data", 1), outputs: logits("vgg0_dense2_fwd", [1, 1000]), preprocessing: P1, license: "Apache-2.0",
  }),
  zooEntry({
    id: "vgg16-int8", azureName: "QuantizedVgg16", ...imagenet, path: `${CLS}/vgg/model/vgg16-12-int8.onnx`,
    description: "VGG-16 with 8-bit integer weights, a quarter of the size of the full-precision VGG-16.",
    bytes: 138407238, sha256: "0d0a8e1d69f70404421e37dbad4f8bd21d42758e9f426bd5b39e9e4e9e1afa23",
    inputs: nchw("data", 1), outputs: logits("vgg0_dense2_fwd", [1, 1000]), preprocessing: P1, license: "Apache-2.0",
  }),
  zooEntry({
    // The zoo has no SSD-VGG; this SSD with a ResNet-34 backbone is the nearest model.
    id: "ssd-resnet34", azureName: "SSD-VGG", task: "detection", labels: "coco-80", path: `${DET}/ssd/model/ssd-12.onnx`,
    description: "SSD with a ResNet-34 backbone, which boxes and names objects of 80 COCO kinds; the zoo's nearest match to Azure's SSD-VGG.",
    bytes: 80366315, sha256: "5ec1e058e666ef980a6213ac40088877865aafb2b6676b9af204b3828e4bb9d5",
    inputs: [{ name: "image", dtype: "float32", shape: [1, 3, 1200, 1200] }],
    outputs: [
      { name: "bboxes", dtype: "float32", shape: [1, "n", 4], kind: "detections" },
      { name: "labels", dtype: "int64", shape: [1, "n"], kind: "detections" },
      { name: "scores", dtype: "float32", shape: [1, "n"], kind: "detections" },
    ],
    preprocessing: P4, license: "Apache-2.0",
  }),
  zooEntry({
    id: "ssd-mobilenet-v1", azureName: null, task: "detection", labels: "coco-91",
    path: `${DET}/ssd-mobilenetv1/model/ssd_mobilenet_v1_12.onnx`,
    description: "SSD-MobileNetV1, a fast detector that boxes and names objects of the COCO categories in a photo of any size.",
    bytes: 29461455, sha256: "b8fba5e404077d4048d27fcd1667e85e27e192eb9bf51e696c46a3acd7d21058",
    inputs: [{ name: "inputs", dtype: "uint8", shape: ["N", "H", "W", 3] }],
    // TensorFlow export: classes are float32 COCO ids 1–90 (the 91-slot TF label map).
    outputs: [
      { name: "detection_boxes", dtype: "float32", shape: ["N", "n", 4], kind: "detections" },
      { name: "detection_classes", dtype: "float32", shape: ["N", "n"], kind: "detections" },
      { name: "detection_scores", dtype: "float32", shape: ["N", "n"], kind: "detections" },
      { name: "num_detections", dtype: "float32", shape: ["N"], kind: "detections" },
    ],
    preprocessing: P5, license: "MIT",
  }),
  zooEntry({
    id: "mobilenetv2", azureName: null, ...imagenet, path: `${CLS}/mobilenet/model/mobilenetv2-12.onnx`,
    description: "MobileNetV2, a small and fast ImageNet classifier designed to run on phones.",
    bytes: 13964571, sha256: "c0c3f76d93fa3fd6580652a45618618a220fced18babf65774ed169de0432ad5",
    inputs: nchw("input", "N"), outputs: logits("output", ["N", 1000]), preprocessing: P1, license: "Apache-2.0",
  }),
  zooEntry({
    id: "mobilenetv2-int8", azureName: null, ...imagenet, path: `${CLS}/mobilenet/model/mobilenetv2-12-int8.onnx`,
    description: "MobileNetV2 with 8-bit integer weights (3.7 MB), the small classifier installed by default when a mirror is set.",
    bytes: 3655033, sha256: "cc028fe6cae7bc11a4ff53cfc9b79c920e8be65ce33a904ec3e2a8f66d77f95f",
    inputs: nchw("input", "N"), outputs: logits("output", ["N", 1000]), preprocessing: P1, license: "Apache-2.0",
    isDefault: true,
  }),
  zooEntry({
    id: "efficientnet-lite4", azureName: null, ...imagenet, path: `${CLS}/efficientnet-lite4/model/efficientnet-lite4-11.onnx`,
    description: "EfficientNet-Lite4, an accurate, mobile-friendly ImageNet classifier that returns probabilities directly.",
    bytes: 51946641, sha256: "d111689907c06eea7c82e4833ddef758da6453b9d4cf60b7e99ca05c7cbd9c12",
    inputs: [{ name: "images:0", dtype: "float32", shape: [1, 224, 224, 3] }],
    outputs: [{ name: "Softmax:0", dtype: "float32", shape: [1, 1000], kind: "probabilities" }],
    preprocessing: P6, license: "MIT",
  }),
];
