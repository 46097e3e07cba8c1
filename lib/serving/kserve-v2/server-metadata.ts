// GET /v2 and ServerMetadata (PROTOCOLS.md): who answers. No optional v2 extensions
// (model repository, shared memory…) are served; the timings ride in parameters instead.
export const V2_SERVER_METADATA = { name: "accel-studio", version: "0.1.0", extensions: [] as string[] };

/** The parameter (and REST header / gRPC trailer) carrying measured and simulated timings. */
export const TIMINGS_PARAMETER = "accel_timings";
export const TIMINGS_HEADER = "x-accel-timings";
