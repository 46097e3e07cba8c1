-- Static shapes a TensorFlow → ONNX conversion gives to input tensors the graph leaves open.
ALTER TABLE "conversions" ADD COLUMN "input_shapes" JSONB;
