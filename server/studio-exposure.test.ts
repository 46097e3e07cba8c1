import { afterEach, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { runStudio } from "./studio";

// Beyond loopback the launcher starts only with sign-in on: it refuses before it starts
// anything (no database, no listener), and says what to set.

afterEach(() => setEnv({ HOST: undefined, AUTH_MODE: undefined }));

describe("the launcher", () => {
  it("refuses HOST beyond loopback without AUTH_MODE=token, naming what to set", async () => {
    setEnv({ HOST: "0.0.0.0", AUTH_MODE: "local" });
    await expect(runStudio({ root: process.cwd(), isDev: true })).rejects.toThrow(/HOST=0\.0\.0\.0 exposes the studio beyond this machine: set AUTH_MODE=token and ACCEL_ADMIN_TOKEN/);
  });
});
