import { spawn } from "node:child_process";
import { once } from "node:events";
import { postImage } from "./post-image";
import { summarize } from "./stats";

// What one HTTP hop between two Node processes costs on this machine, with nothing of the
// studio in it: a child process reads the image body, holds the reply for `holdMs` on a
// busy CPU (as a score would keep it), and answers with a score-sized JSON. Held replies
// matter: after ~12 ms of waiting the client's wake-up is slower than after an instant
// echo (BENCHMARKS.md, issue 11), and that is the hop a score pays.
const SERVER = `
const http = require("node:http");
const reply = Buffer.from(JSON.stringify({ pad: "x".repeat(1500) }));
const server = http.createServer((req, res) => {
  const hold = Number(new URL(req.url, "http://x").searchParams.get("hold"));
  req.on("data", () => {});
  req.on("end", () => {
    const until = performance.now() + hold;
    while (performance.now() < until);
    res.writeHead(200, { "content-type": "application/json", "content-length": reply.length }).end(reply);
  });
});
server.keepAliveTimeout = 65000;
server.listen(0, "127.0.0.1", () => process.send(server.address().port));
`;

/** The p50 of (latency − holdMs) over `requests` posts of `body`, after 30 to warm up. */
export async function measureHopFloor(body: Buffer, holdMs: number, requests = 200): Promise<number> {
  const child = spawn(process.execPath, ["-e", SERVER], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const [port] = (await once(child, "message")) as [number];
    const url = `http://127.0.0.1:${port}/?hold=${holdMs}`;
    const overheads: number[] = [];
    for (let i = 0; i < requests + 30; i++) {
      const t0 = performance.now();
      await postImage(url, body);
      if (i >= 30) overheads.push(performance.now() - t0 - holdMs);
    }
    return summarize("", 1, overheads, 1).p50;
  } finally {
    child.kill();
  }
}
