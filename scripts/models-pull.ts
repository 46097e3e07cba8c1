// `npm run models:pull -- <catalog id> [...]`: download (mirror first), verify and
// register catalog models, printing progress lines. Runs the same service the
// worker's models-pull task runs, in this process, against the studio's database.
import { CATALOG } from "@/lib/catalog";
import { db, disconnectDb } from "@/lib/db";
import { requestModelPull, runModelPull } from "@/lib/pulls";
import { withStudioDatabase } from "./with-studio-database";

const ids = process.argv.slice(2).filter((a) => !a.startsWith("-"));
if (!ids.length || process.argv.includes("--help")) {
  console.log("usage: npm run models:pull -- <id> [<id> …]\n\ncatalog:");
  for (const e of CATALOG) console.log(`  ${e.id.padEnd(26)} ${(e.bytes / 1e6).toFixed(1).padStart(7)} MB  ${e.azureName}`);
  process.exit(ids.length ? 0 : 1);
}

const code = await withStudioDatabase(async () => {
  let failures = 0;
  for (const id of ids) {
    // Not queued: this process runs the pull, so a running worker must not run it too.
    const { pull, isNew } = await requestModelPull({ catalogId: id, isQueued: false });
    if (!isNew) {
      console.log(`${id}: already being pulled by the studio (${pull.links.self}); waiting for it`);
      await waitForPull(pull.id);
    }
    let lastStep = -1;
    if (isNew) await runModelPull({
      pullId: pull.id,
      onProgress: ({ bytesDone, bytesTotal, source }) => {
        const step = Math.floor((bytesDone / bytesTotal) * 20); // a line every 5%
        if (step === lastStep) return;
        lastStep = step;
        console.log(`${id}: ${step * 5}% (${bytesDone}/${bytesTotal} bytes from ${source})`);
      },
    });
    const done = await db.modelPull.findUniqueOrThrow({ where: { id: pull.id }, include: { model: true } });
    if (done.state === "Succeeded") console.log(`${id}: 100% — registered ${done.model?.name}:${done.model?.version} from ${done.source}`);
    else {
      failures++;
      console.error(`${id}: failed — ${done.error}`);
    }
  }
  await disconnectDb();
  return failures ? 1 : 0;
});
process.exit(code);

async function waitForPull(id: string) {
  for (;;) {
    const row = await db.modelPull.findUniqueOrThrow({ where: { id } });
    if (row.state === "Succeeded" || row.state === "Failed") return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
