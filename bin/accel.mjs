#!/usr/bin/env node
// `npx accel …`: the CLI (lib/cli) run from its TypeScript through tsx, as the studio's
// development processes are.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../lib/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
