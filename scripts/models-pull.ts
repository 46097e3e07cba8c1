// `npm run models:pull -- <catalog id> [...]`: download (mirror first), verify and register
// catalog models, printing progress lines. Each pull is a job like the studio's: this
// process runs a short-lived job worker of its own (pulls only), so it works with the
// studio stopped; with it running, whichever worker is free takes the job. Either way a
// pull interrupted here — Ctrl-C, or a kill — is resumed by the next worker, never stuck.
import { CATALOG } from "@/lib/catalog";
import { db, disconnectDb } from "@/lib/db";
import { TASKS } from "@/lib/jobs";
import { requestModelPull } from "@/lib/pulls";
import { startWorker } from "@/worker/start-worker";
import { withStudioDatabase } from "./with-studio-database";

const POLL_MS = 200;
const ids = process.argv.slice(2).filter((a) => !a.startsWith("-"));
if (!ids.length || process.argv.includes("--help")) {
  console.log("usage: npm run models:pull -- <id> [<id> …]\n\ncatalog:");
  for (const e of CATALOG) console.log(`  ${e.id.padEnd(26)} ${(e.bytes / 1e6).toFixed(1).padStart(7)} MB  ${e.azureName}`);
  process.exit(ids.length ? 0 : 1);
}

const code = await withStudioDatabase(async () => {
  const worker = await startWorker({ httpPort: null, tasks: [TASKS.modelsPull], concurrency: 2, log: () => {} });
  const interrupt = () => {
    console.log("interrupted: the pull goes back to the queue; the studio's worker or the next models:pull resumes it");
    void worker.stop().then(() => process.exit(130));
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    const pulls: { id: string; pullId: string }[] = [];
    for (const id of ids) {
      const { pull, isNew } = await requestModelPull({ catalogId: id });
      console.log(`${id}: ${isNew ? "queued" : "already being pulled; following it"} (${pull.links.self})`);
      pulls.push({ id, pullId: pull.id });
    }
    const outcomes = await Promise.all(pulls.map(followPull));
    return outcomes.every(Boolean) ? 0 : 1;
  } finally {
    await worker.stop();
    await disconnectDb();
  }
});
process.exit(code);

/** Prints a line every 5% and every warning of the pull's log, until it ends; true when it succeeded. */
async function followPull({ id, pullId }: { id: string; pullId: string }): Promise<boolean> {
  let lastStep = -1;
  let lastLogId = 0n;
  for (;;) {
    const pull = await db.modelPull.findUniqueOrThrow({ where: { id: pullId }, include: { model: true } });
    const logs = await db.resourceLog.findMany({ where: { resourceKind: "pull", resourceId: pullId, id: { gt: lastLogId }, level: { not: "info" } }, orderBy: { id: "asc" } });
    for (const line of logs) {
      lastLogId = line.id;
      if (pull.state !== "Failed") console.log(`${id}: ${line.message}`);
    }
    const total = Number(pull.bytesTotal);
    const step = pull.state === "Running" && total > 0 ? Math.floor((Number(pull.bytesDone) / total) * 20) : -1;
    if (step > lastStep) {
      lastStep = step;
      console.log(`${id}: ${step * 5}% (${pull.bytesDone}/${total} bytes from ${pull.source ?? "…"})`);
    }
    if (pull.state === "Succeeded") {
      console.log(`${id}: 100% — registered ${pull.model?.name}:${pull.model?.version} from ${pull.source}`);
      return true;
    }
    if (pull.state === "Failed") {
      console.error(`${id}: failed — ${pull.error}`);
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
