import { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of work belongs to, carried through awaits without passing it
// along: serveApiRequest enters it, and every log line written meanwhile carries its id.
export type RequestContext = { requestId: string };

export const requestContext = new AsyncLocalStorage<RequestContext>();
