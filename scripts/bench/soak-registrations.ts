import { openAsBlob } from "node:fs";

// The soak's registrations: one model file uploaded under a new name every `everyMs`,
// then its version deleted, so the store and the database end as they began. In this
// process, not a child as bench:register's loop is: a 2–5 MB upload every few seconds
// costs the load generator little, unlike bench:register's 102 MB back to back.

export function startRegistrationLoop(options: { webUrl: string; file: string; everyMs: number; onError: (kind: string, error: unknown) => void }) {
  let isStopping = false;
  let wake = () => {};
  let registered = 0;
  const totalMs = { register: 0, delete: 0 };
  const loop = async () => {
    for (let i = 0; !isStopping; i++) {
      const started = performance.now();
      const name = `soak-reg-${i}`;
      try {
        const form = new FormData();
        form.append("name", name);
        form.append("file", await openAsBlob(options.file), "squeezenet.onnx");
        const response = await fetch(`${options.webUrl}/api/v1/models`, { method: "POST", body: form });
        const text = await response.text();
        if (response.status !== 201) throw new Error(`POST /api/v1/models → ${response.status}: ${text.slice(0, 300)}`);
        const { version } = JSON.parse(text) as { version: number };
        totalMs.register += performance.now() - started;
        registered++;
        const deleting = performance.now();
        const deleted = await fetch(`${options.webUrl}/api/v1/models/${name}/versions/${version}`, { method: "DELETE" });
        const answer = await deleted.text();
        if (deleted.status !== 200) options.onError("model deletion", new Error(`DELETE /api/v1/models/${name}/versions/${version} → ${deleted.status}: ${answer.slice(0, 300)}`));
        else totalMs.delete += performance.now() - deleting;
      } catch (error) {
        options.onError("registration", error);
      }
      const wait = options.everyMs - (performance.now() - started);
      if (wait > 0 && !isStopping) await new Promise<void>((resolve) => ((wake = resolve), setTimeout(resolve, wait)));
    }
  };
  const running = loop();
  return {
    count: () => registered,
    /** Lets the registration in flight finish; its counts and mean times. */
    stop: async () => {
      isStopping = true;
      wake();
      await running;
      return { registered, meanRegisterMs: totalMs.register / Math.max(1, registered), meanDeleteMs: totalMs.delete / Math.max(1, registered) };
    },
  };
}
