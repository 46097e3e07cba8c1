// The REST calls a bench makes besides its load: JSON in and out, a failure as an Error
// naming the call and the answer, and polling a resource until it reaches a state.

export type StudioApi = ReturnType<typeof studioApi>;

export function studioApi(webUrl: string) {
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${webUrl}${url}`, { method, headers: body ? { "content-type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
    const text = await response.text();
    if (response.status >= 400) throw new Error(`${method} ${url} → ${response.status}: ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  /** Polls GET `url` until its `state` is `state`; a terminal failure, or `timeoutMs` passing, throws. */
  const waitFor = async (url: string, state: string, timeoutMs = 300_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const body = await call("GET", url);
      if (body.state === state) return body;
      if (["Failed", "TimedOut", "Cancelled"].includes(body.state)) throw new Error(`${url} ended ${body.state}${body.error ? `: ${JSON.stringify(body.error)}` : ""}`);
      if (Date.now() > deadline) throw new Error(`${url} still ${body.state} after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  /** Polls GET `url` until it answers 404 (a deletion finished). */
  const waitGone = async (url: string, timeoutMs = 120_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const response = await fetch(`${webUrl}${url}`);
      await response.arrayBuffer();
      if (response.status === 404) return;
      if (response.status >= 400) throw new Error(`GET ${url} → ${response.status} while waiting for its deletion`);
      if (Date.now() > deadline) throw new Error(`${url} still there after ${timeoutMs / 1000} s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  };
  return { call, waitFor, waitGone };
}
