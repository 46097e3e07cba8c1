import { SSD_300 } from "./preprocessing-codes";
import { modelPreprocessingSchema, type ModelPreprocessing } from "./schemas";

// The stored recipe of TensorFlow's COCO SSD MobileNetV2 once converted to ONNX
// (../shared/data/tf/README.md): the graph from its Preprocessor's output on, so the
// input is the resized image; the outputs are the per-anchor head, before non-maximum
// suppression, which scoring does (lib/detection). The conversion of that graph sets it
// on the model it registers, which makes the model a detector (registerModel's task).

export const COCO_SSD_INPUT = "Preprocessor/map/TensorArrayStack/TensorArrayGatherV3";
/** [1,1917,90] sigmoid class scores; column k is COCO id k + 1. */
export const COCO_SSD_SCORES = "Postprocessor/Slice";
/** [1,1917,1,4] decoded boxes: ymin, xmin, ymax, xmax, normalised. */
export const COCO_SSD_BOXES = "Postprocessor/ExpandDims_1";

export const COCO_SSD_PREPROCESSING: ModelPreprocessing = modelPreprocessingSchema.parse({
  ...SSD_300,
  labels: "coco-91",
  outputs: [
    { name: COCO_SSD_SCORES, dtype: "float32", shape: [1, 1917, 90], kind: "detections" },
    { name: COCO_SSD_BOXES, dtype: "float32", shape: [1, 1917, 1, 4], kind: "detections" },
  ],
});
