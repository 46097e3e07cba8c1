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
    const { pull } = await requestModelPull({ catalogId: id });
    let last = -1;
    const timer = setInterval(async () => {
      const row = await db.modelPull.findUnique({ where: { id: pull.id } });
      if (!row || row.bytesTotal === 0n) return;
      const percent = Math.floor((Number(row.bytesDone) / Number(row.bytesTotal)) * 100);
      if (percent !== last) console.log(`${id}: ${percent}% (${row.bytesDone}/${row.bytesTotal} bytes)`);
      last = percent;
    }, 500);
    await runModelPull({ pullId: pull.id });
    clearInterval(timer);
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
