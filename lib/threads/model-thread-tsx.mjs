// The model thread's entry when the app runs from TypeScript (development, tests): the
// thread registers tsx before loading model-thread.ts. Production runs the compiled
// dist/server/model-thread.mjs instead (scripts/build-server.mjs).
import { register } from "tsx/esm/api";

register();
export const { runModelTask } = await import("./model-thread.ts");
