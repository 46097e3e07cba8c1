// The inference thread's entry when the app runs from TypeScript (development, tests),
// as model-thread-tsx.mjs is the model thread's.
import { register } from "tsx/esm/api";

register();
export const { runInferenceTask } = await import("./inference-thread.ts");
