import type { PreprocessingSpec } from "./schemas";

// The preprocessing codes of ../shared/design/CATALOG.md, written in the one formula
// documented on preprocessingSpecSchema: value = (raw * scale - mean) / std.

// ImageNet statistics as torchvision and the ONNX Model Zoo READMEs give them (RGB).
const IMAGENET_MEAN: [number, number, number] = [0.485, 0.456, 0.406];
const IMAGENET_STD: [number, number, number] = [0.229, 0.224, 0.225];

/** P1: RGB NCHW; short side 256, centre-crop 224, /255, ImageNet mean/std. */
export const P1: PreprocessingSpec = {
  code: "P1",
  layout: "NCHW",
  channelOrder: "RGB",
  dtype: "float32",
  resize: { mode: "shorter-side", size: 256 },
  crop: { width: 224, height: 224 },
  scale: 1 / 255,
  mean: IMAGENET_MEAN,
  std: IMAGENET_STD,
  verified: true,
};

// Caffe DenseNet mean, which CATALOG.md lists in B, G, R order (103.94, 116.78, 123.68).
const P2_SCALE = 0.017;
const CAFFE_MEAN_B = 103.94;
const CAFFE_MEAN_G = 116.78;
const CAFFE_MEAN_R = 123.68;

/**
 * P2 (DenseNet-121, Caffe origin): BGR; subtract the 0–255 mean, then × 0.017.
 * Stored as mean × 0.017 (in R, G, B order) so the shared formula gives
 * (raw − mean) × 0.017. Geometry follows Azure's pipeline for these models (short side
 * 256, crop 224; FPGA.md). CATALOG.md calls the recipe unverified: check it on images.
 */
export const P2: PreprocessingSpec = {
  code: "P2",
  layout: "NCHW",
  channelOrder: "BGR",
  dtype: "float32",
  resize: { mode: "shorter-side", size: 256 },
  crop: { width: 224, height: 224 },
  scale: P2_SCALE,
  mean: [CAFFE_MEAN_R * P2_SCALE, CAFFE_MEAN_G * P2_SCALE, CAFFE_MEAN_B * P2_SCALE],
  std: null,
  verified: false,
};

/** P4 (SSD-ResNet34): RGB NCHW; stretch to 1200×1200, /255, ImageNet mean/std. */
export const P4: PreprocessingSpec = {
  code: "P4",
  layout: "NCHW",
  channelOrder: "RGB",
  dtype: "float32",
  resize: { mode: "exact", width: 1200, height: 1200 },
  crop: null,
  scale: 1 / 255,
  mean: IMAGENET_MEAN,
  std: IMAGENET_STD,
  verified: true,
};

/** P5 (SSD-MobileNetV1): raw uint8 RGB, NHWC, any size; the graph normalises. */
export const P5: PreprocessingSpec = {
  code: "P5",
  layout: "NHWC",
  channelOrder: "RGB",
  dtype: "uint8",
  resize: { mode: "none" },
  crop: null,
  scale: 1,
  mean: null,
  std: null,
  verified: true,
};

/** P6 (EfficientNet-Lite4): RGB NHWC; short side 256, centre-crop 224, (x − 127) / 128. */
export const P6: PreprocessingSpec = {
  code: "P6",
  layout: "NHWC",
  channelOrder: "RGB",
  dtype: "float32",
  resize: { mode: "shorter-side", size: 256 },
  crop: { width: 224, height: 224 },
  scale: 1,
  mean: [127, 127, 127],
  std: [128, 128, 128],
  verified: true,
};

/**
 * Caffe2 SqueezeNet 1.1 (microsoft/Windows-Machine-Learning): BGR NCHW, 0–255, no
 * normalisation. CATALOG.md gives no geometry; we use Azure's short side 256 + crop 224.
 * The fp16 file takes the same recipe with dtype "float16".
 */
export const CAFFE2: PreprocessingSpec = {
  code: "caffe2",
  layout: "NCHW",
  channelOrder: "BGR",
  dtype: "float32",
  resize: { mode: "shorter-side", size: 256 },
  crop: { width: 224, height: 224 },
  scale: 1,
  mean: null,
  std: null,
  verified: true,
};

/**
 * ssd-300 (TensorFlow's COCO SSD MobileNetV2, converted from ../shared/data/tf): the graph's
 * feed-forward part starts after its own resize, at a float32 [1,300,300,3] RGB image of
 * 0–255 values, and scales them itself; its Preprocessor stretched to 300×300 (the TF
 * Object Detection API's fixed_shape_resizer), so we stretch too, keeping no aspect ratio.
 */
export const SSD_300: PreprocessingSpec = {
  code: "ssd-300",
  layout: "NHWC",
  channelOrder: "RGB",
  dtype: "float32",
  resize: { mode: "exact", width: 300, height: 300 },
  crop: null,
  scale: 1,
  mean: null,
  std: null,
  verified: true,
};
