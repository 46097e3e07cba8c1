import { RollupBuffer } from "./rollup-buffer";

/** This process's rollups not yet in Postgres: filled by recordServiceScore, emptied by flushLatencyHistory. */
export const pendingRollups = new RollupBuffer();
