// `npm run client:generate`: writes lib/client/api/schema.ts from the OpenAPI document.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { generateClientSchema } from "@/lib/client/api/generate-schema";

const file = path.resolve("lib/client/api/schema.ts");
await writeFile(file, await generateClientSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
