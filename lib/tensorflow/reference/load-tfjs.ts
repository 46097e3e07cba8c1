import type * as TfConverter from "@tensorflow/tfjs-converter";
import type * as TfCore from "@tensorflow/tfjs-core";

export type Tfjs = { tf: typeof TfCore; tfconv: typeof TfConverter };

let loading: Promise<Tfjs> | undefined;

/**
 * TensorFlow.js, loaded on first use: lib/tensorflow is imported by the web app for
 * summaries, which should not load a tensor runtime (nor register a backend) it never
 * runs. The CPU backend is pure JS; production mode skips debug checks and the console
 * advice to install tfjs-node (whose install downloads libtensorflow: not possible here).
 */
export function loadTfjs(): Promise<Tfjs> {
  loading ??= (async () => {
    const [tf, tfconv] = await Promise.all([import("@tensorflow/tfjs-core"), import("@tensorflow/tfjs-converter"), import("@tensorflow/tfjs-backend-cpu")]);
    tf.enableProdMode();
    await tf.setBackend("cpu");
    return { tf, tfconv };
  })();
  return loading;
}
