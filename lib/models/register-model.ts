import { releaseArtifact, lockDigest, type StagedArtifact } from "@/lib/artifacts";
import { findCatalogEntryByDigest, modelPreprocessingOf, taskOfPreprocessing, type ModelPreprocessing, type ModelTask } from "@/lib/catalog";
import { AppError } from "@/lib/errors";
import { db, type Prisma } from "@/lib/db";
import { inspectOnnxFile, type GraphSummary } from "@/lib/onnx";
import { toModelDto } from "./to-model-dto";
import { logger } from "@/lib/logging";

const log = logger("models");

export type RegisterModelOptions = {
  staged: StagedArtifact;
  /** The graph when the caller read it already (an upload reads it as it streams in); otherwise the file is inspected. */
  inspection?: Promise<GraphSummary>;
  name: string;
  description?: string;
  tags?: Record<string, string>;
  fileName?: string;
  catalogId?: string;
  preprocessing?: ModelPreprocessing;
  /**
   * Classifier or detector (a conversion passes its source's). Absent, the preprocessing's
   * outputs decide (detections: a detector), else classification. A recipe whose outputs
   * are detections cannot be registered as a classifier.
   */
  task?: ModelTask;
  /** A converted model: framework accel-onnx, linked to the model it was converted from; an
   * uploaded TensorFlow graph (its inspection is lib/tensorflow's summary): tensorflow. */
  framework?: "onnx" | "accel_onnx" | "tensorflow";
  parentId?: string;
  /** An import from an Azure ML workspace: where it came from, and the key that keeps one import per version. */
  azure?: { source: Prisma.InputJsonValue; assetKey: string };
  /** Runs inside the registering transaction (a conversion records its result there); throwing rolls it all back. */
  onRegistered?: (tx: Prisma.TransactionClient, model: { id: string; name: string; version: number }) => Promise<void>;
};

/**
 * Registers a staged model file (ONNX, or TensorFlow with its inspection) as the next version of `name`. The graph is parsed
 * first (a bad file never gets a row); the file moves into the store inside the
 * transaction that inserts the row, and any failure removes what was written.
 */
export async function registerModel(options: RegisterModelOptions) {
  const { staged, name } = options;
  let isCommitted = false;
  try {
    // A TensorFlow file is only ever read where it arrives (the upload's model thread), so it comes with its inspection.
    if (options.framework === "tensorflow" && !options.inspection) throw new Error("registerModel: a TensorFlow model needs its inspection (lib/tensorflow)");
    const summary = await (options.inspection ?? inspectOnnxFile({ path: staged.tmpPath }));
    const { layers: _layers, inputs, outputs, ...graph } = summary;
    const preprocessing = options.preprocessing ?? knownPreprocessing(staged.digest);
    const task = taskOf(options.task, preprocessing);
    // To the shared blob store, if any, before the transaction: an upload outlasts one.
    await staged.upload();
    const model = await db.$transaction(async (tx) => {
      // Versions are allocated per name; concurrent uploads of one name queue here.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${"model:" + name}, 0))`;
      await lockDigest(tx, staged.digest);
      const last = await tx.model.findFirst({ where: { name }, orderBy: { version: "desc" }, select: { version: true } });
      const version = (last?.version ?? 0) + 1;
      await staged.commit();
      isCommitted = true;
      const row = await tx.model.create({
        data: {
          name,
          version,
          description: options.description ?? "",
          tags: options.tags ?? {},
          digest: staged.digest,
          sizeBytes: BigInt(staged.sizeBytes),
          fileName: options.fileName ?? `${name}.onnx`,
          inputs: inputs as Prisma.InputJsonValue,
          outputs: outputs as Prisma.InputJsonValue,
          graph: graph as unknown as Prisma.InputJsonValue,
          catalogId: options.catalogId,
          framework: options.framework,
          parentId: options.parentId,
          azureSource: options.azure?.source,
          azureAssetKey: options.azure?.assetKey,
          // An upload of a file the catalog knows gets the catalog's preprocessing.
          preprocessing,
          task,
        },
        include: { parent: { select: { name: true, version: true } } },
      });
      await tx.resourceLog.create({
        data: {
          resourceKind: "model",
          resourceId: row.id,
          message: `Registered ${name}:${version} (${staged.sizeBytes} bytes, sha256 ${staged.digest.slice(0, 12)}…)`,
        },
      });
      await options.onRegistered?.(tx, row);
      return row;
    });
    return toModelDto(model);
  } catch (error) {
    await staged.discard();
    if (isCommitted) {
      await releaseArtifact({ digest: staged.digest }).catch((e: Error) => log.error(`could not release ${staged.digest} after a failed registration (the sweep will): ${e.message}`));
    }
    throw error;
  }
}

function knownPreprocessing(digest: string): ModelPreprocessing | undefined {
  const entry = findCatalogEntryByDigest(digest);
  return entry ? modelPreprocessingOf(entry) : undefined;
}

/** The task asked for, checked against what the recipe's outputs say when it says. */
function taskOf(asked: ModelTask | undefined, preprocessing: ModelPreprocessing | undefined): ModelTask {
  const implied = taskOfPreprocessing(preprocessing);
  if (asked === "classification" && implied === "detection") {
    throw new AppError("validation_failed", `This model's recorded preprocessing (${preprocessing?.code}) gives detections, so it cannot be registered as a classifier; use task "detection" or leave it out.`);
  }
  return asked ?? implied ?? "classification";
}
