// Generated from /api/v1/openapi.json by `npm run client:generate` (openapi-typescript).
// Do not edit: change the API's zod schemas or lib/openapi, then regenerate.

export interface paths {
    "/api/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List model versions (filter by name, tag, framework; paginated) */
        get: {
            parameters: {
                query?: {
                    name?: string;
                    tag?: string;
                    framework?: "onnx" | "accel-onnx" | "tensorflow";
                    latest?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of model versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Register a model: upload its file (multipart, streamed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        name: string;
                        description?: string;
                        /** @description Tags as a JSON object string, e.g. {"team":"vision"} */
                        tags?: string;
                        /**
                         * @description What the model does; detection makes scoring return boxes. Absent: a file the catalog knows takes its entry's task, any other classification.
                         * @enum {string}
                         */
                        task?: "classification" | "detection";
                        /**
                         * Format: binary
                         * @description The model file: .onnx, a frozen TensorFlow GraphDef .pb, or a TensorFlow.js graph model folder (model.json + shards) as .zip or .tar.gz
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description The new model version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version of a model */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The model version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{name}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest version's file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The model file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of one model, newest first */
        get: {
            parameters: {
                query?: {
                    tag?: string;
                    framework?: "onnx" | "accel-onnx" | "tensorflow";
                    latest?: "true" | "false";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{name}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    /** @description A version number, or "latest" */
                    version: number | "latest";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The model version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a model version; 409 in_use while a conversion, image or service uses it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    /** @description A version number, or "latest" */
                    version: number | "latest";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ModelDeleted"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Edit description and tags (JSON merge patch; a tag set to null is removed) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    /** @description A version number, or "latest" */
                    version: number | "latest";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/merge-patch+json": {
                        description?: string;
                        tags?: {
                            [key: string]: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description The model version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Model"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/models/{name}/versions/{version}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The version's file as registered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    /** @description A version number, or "latest" */
                    version: number | "latest";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The model file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/models/{name}/versions/{version}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score one image: top-k labels (a detector: boxes), measured CPU timings and the simulated FPGA latency */
        post: {
            parameters: {
                query?: {
                    profiles?: string;
                    topK?: number;
                    /** @description Detectors: keep boxes scoring at least this (default 0.5) */
                    scoreThreshold?: number;
                    /** @description Detectors: drop a box overlapping a better kept one by more than this intersection-over-union (default 0.5) */
                    iouThreshold?: number;
                    /** @description Detectors: at most this many boxes (default 20) */
                    maxDetections?: number;
                    /** @description Detectors: suppress overlaps only within a class (true) or across classes (false, default) */
                    perClass?: "true" | "false";
                };
                header?: never;
                path: {
                    name: string;
                    /** @description A version number, or "latest" */
                    version: number | "latest";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description The scores */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Score"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in models, with what is registered and the last pull */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CatalogList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/{id}/pull": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Download a catalog model (mirror first), verify it and register it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pull (a new one, or the one already running) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pull"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pulls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress, state and log of a catalog download */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pull */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PullWithLog"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversions, newest first */
        get: {
            parameters: {
                query?: {
                    model?: string;
                    state?: "Queued" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "TimedOut";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The conversions (without logs) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConversionList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Convert a model: TensorFlow to ONNX, or ONNX for the NPU (a job in the worker) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        model: string;
                        version: number;
                        inputTensors: string[];
                        outputTensors: string[];
                        /** @enum {string} */
                        target?: "accel-onnx" | "onnx";
                        inputShapes?: {
                            [key: string]: number[];
                        };
                        /**
                         * @default arria10-pb6
                         * @enum {string}
                         */
                        deviceProfile?: "stratix10-brainwave" | "arria10-pb6";
                        /**
                         * @default ms-fp9
                         * @enum {string}
                         */
                        precision?: "ms-fp8" | "ms-fp9" | "fp16" | "fp32";
                        /** @default 1 */
                        blockSize?: number;
                        resultName?: string;
                        calibrationImages?: {
                            name: string;
                            data: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description The conversion, queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversion"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** State, progress, log and report of one conversion */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The conversion */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversion"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop a queued or running conversion */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The conversion, cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Conversion"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every image version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The images (without logs) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Build an FPGA image of one converted model */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        model: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description The image version, queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Image"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The versions of one image, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Its versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images/{name}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One image version with its build log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Image"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an image version and its archive; 409 in_use while a service deploys it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImageDeleted"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/images/{name}/versions/{version}/oci": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The image as an OCI archive (skopeo copy oci-archive:<file> …) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The OCI image layout as a tar archive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-tar": string;
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/computes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List FPGA computes and their nodes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The computes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ComputeList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Provision Standard_PB6s nodes in a region */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @default Standard_PB6s
                         * @enum {string}
                         */
                        vmSize?: "Standard_PB6s";
                        /** @default 1 */
                        agentCount?: number;
                        /**
                         * @default eastus
                         * @enum {string}
                         */
                        region?: "eastus" | "westus2" | "westeurope" | "southeastasia";
                    };
                };
            };
            responses: {
                /** @description Provisioning started (a job in the worker); 409 quota_exceeded past the region's quota */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Compute"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/computes/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One compute: state, nodes, errors and log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The compute */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Compute"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Release a compute's nodes */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teardown started; 409 in_use while services run on it */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Compute"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** "Standard PBS Family vCPUs" usage and limit per region */
        get: {
            parameters: {
                query?: {
                    region?: "eastus" | "westus2" | "westeurope" | "southeastasia";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Quota per region */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QuotaList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List deployed services */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The services */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Deploy an image to a compute */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        image: {
                            name: string;
                            version: number;
                        };
                        compute: string;
                        /** @default 1 */
                        replicas?: number;
                        /** @default 1 */
                        fpgasPerReplica?: number;
                        autoscale?: {
                            /** @default false */
                            enabled?: boolean;
                            /** @default 1 */
                            minReplicas?: number;
                            /** @default 1 */
                            maxReplicas?: number;
                            /** @default 70 */
                            targetUtilization?: number;
                        };
                        /** @default true */
                        authEnabled?: boolean;
                        /** @default 1 */
                        maxBatchSize?: number;
                        /** @default 0 */
                        maxQueueDelayMs?: number;
                    };
                };
            };
            responses: {
                /** @description Deployment started; the keys are in this answer only */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service: state, scoring URI, replicas, simulated latency and log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Free a service's FPGAs and remove it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removal started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{name}/keys/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace one of a service's two keys */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        key: "primary" | "secondary";
                    };
                };
            };
            responses: {
                /** @description The service, with the new key (shown this once) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{name}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score one image on the service (the studio's Test tab): sent on to its scoring URI */
        post: {
            parameters: {
                query?: {
                    topK?: number;
                    /** @description Detectors: keep boxes scoring at least this (default 0.5) */
                    scoreThreshold?: number;
                    /** @description Detectors: drop a box overlapping a better kept one by more than this intersection-over-union (default 0.5) */
                    iouThreshold?: number;
                    /** @description Detectors: at most this many boxes (default 20) */
                    maxDetections?: number;
                    /** @description Detectors: suppress overlaps only within a class (true) or across classes (false, default) */
                    perClass?: "true" | "false";
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Top-k labels (a detector: boxes), measured timings and the simulated latency; send the service key as x-service-key when it has auth on */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceScore"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{name}/latency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request rate, error rate and measured and simulated latency percentiles over the last hour, day or week (per-minute rollups) */
        get: {
            parameters: {
                query?: {
                    /** @description The last hour, day or week */
                    window?: "1h" | "24h" | "7d";
                };
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The window's points (1 min, 15 min or 2 h steps) and its overall figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceLatency"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capacity plan: replicas, FPGAs, nodes and quota for a request rate at a p99 target */
        get: {
            parameters: {
                query: {
                    /** @description A converted (accel-onnx) model */
                    model: string;
                    version: number;
                    /** @description The device profile to simulate; the one the model was converted for when omitted */
                    profile?: "stratix10-brainwave" | "arria10-pb6";
                    /** @description Target request rate, requests per second */
                    rps: number;
                    /** @description Target 99th-percentile response time, ms */
                    p99Ms: number;
                    /** @description FPGAs one replica spreads its model over, as the deployment would ask */
                    fpgasPerReplica?: number;
                    /** @description Compare the quota needed with this region's only; every region when omitted */
                    region?: "eastus" | "westus2" | "westeurope" | "southeastasia";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fewest replicas meeting both targets, with the predicted utilisation and latency (M/G/c). 404 model_not_found; 422 model_not_converted, or target_unreachable when no count up to 16 replicas meets the target */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CapacityPlan"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never their secrets); admin */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The tokens */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"][];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Make an API token; admin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the token is for (a CI job, a person); shown in lists and in the audit log. */
                        name: string;
                        /**
                         * @description read: look and score; write: also create, change and delete; admin: also manage tokens and read the audit log.
                         * @enum {string}
                         */
                        scope: "read" | "write" | "admin";
                        /**
                         * Format: date-time
                         * @description When the token stops working (ISO 8601); never, when absent.
                         */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description The token, with its secret (this once) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedToken"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a token at once; admin */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The token, revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiToken"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first; admin */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    before?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who this request acts as */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The principal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Sign in to the studio with an API token: session cookies */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Signed in: an HTTP-only session cookie and the accel.csrf cookie are set */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out; the cookies are cleared */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Linked Azure ML workspaces */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workspaces */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureWorkspaceList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Link a workspace, once this machine's identity can read it and list its models */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        subscriptionId: string;
                        resourceGroup: string;
                        workspaceName: string;
                        /** @description The Microsoft Entra tenant, when the identity must ask a particular one */
                        tenantId?: string;
                        /**
                         * Format: uri
                         * @description Where tokens come from, when not Azure's public cloud
                         */
                        authorityHost?: string;
                    };
                };
            };
            responses: {
                /** @description Linked; 422 says what is wrong on the Azure side (azure_no_credential, azure_auth_failed, azure_forbidden, azure_workspace_not_found), 502 azure_unreachable */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureWorkspace"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One linked workspace */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workspace */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureWorkspace"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Forget a link (nothing changes in Azure); 409 in_use while an import or publish through it is under way */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The link, forgotten */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureWorkspace"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the resource's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/workspaces/{id}/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's models, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description The previous page's nextPageToken */
                    pageToken?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of models */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureModelPage"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/workspaces/{id}/models/{name}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One model's versions, a page at a time */
        get: {
            parameters: {
                query?: {
                    /** @description The previous page's nextPageToken */
                    pageToken?: string;
                };
                header?: never;
                path: {
                    id: string;
                    name: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureModelVersionPage"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood but not possible (a model that cannot be converted or scored) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/workspaces/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a workspace model version into the registry: a job resolves its modelUri, downloads the ONNX file with progress, verifies and registers it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The workspace model's name */
                        name: string;
                        /** @description Its version, as the workspace numbers it */
                        version: string;
                    };
                };
            };
            responses: {
                /** @description Already imported (the finished transfer) or under way (the running one) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureTransfer"];
                    };
                };
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureTransfer"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/workspaces/{id}/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a local model version to the workspace: upload to its default datastore and create a model version carrying digest, precision, device profile, accuracy and simulated latency; idempotent on the digest */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The local model's name */
                        name: string;
                        /** @description The local model's version */
                        version: number;
                        /** @description The workspace model to add a version to; the local name when left out */
                        azureName?: string;
                    };
                };
            };
            responses: {
                /** @description The same publish, already under way */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureTransfer"];
                    };
                };
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureTransfer"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imports and publications, newest first */
        get: {
            parameters: {
                query?: {
                    workspaceId?: string;
                    /** @description Transfers of this local model: its import, or its publications */
                    modelId?: string;
                    kind?: "import" | "publish";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transfers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureTransferList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/azure/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import or publish: progress, state and log */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The transfer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AzureTransfer"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database, migrations, workers and job queue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up or degraded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fpga/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The simulated device profiles, every parameter with its source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The profiles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeviceProfileList"];
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The OpenAPI 3.1 document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid request (validation_failed, …) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description No valid credential (unauthenticated, invalid_token, token_expired, token_revoked) */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The token's scope does not allow it (forbidden), or a session's change without its CSRF token (csrf_failed) */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Method not allowed */
                405: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A worker is unavailable or restarting; try again (Retry-After) */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Any other error, as problem+json */
                default: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ModelList: {
            items: {
                /** @description UUID */
                id: string;
                name: string;
                /** @description Versions are numbered per name from 1. */
                version: number;
                /**
                 * @description accel-onnx: a model converted for the NPU (POST /api/v1/conversions).
                 * @enum {string}
                 */
                framework: "onnx" | "accel-onnx" | "tensorflow";
                /**
                 * @description What scoring returns: classes (top-k) for a classifier, boxes for a detector.
                 * @enum {string}
                 */
                task: "classification" | "detection";
                description: string;
                /** @description Azure ML style key/value tags: { "team": "vision" }. */
                tags: {
                    [key: string]: string;
                };
                /** @description sha256 of the file, lowercase hex (no `sha256:` prefix). */
                digest: string;
                sizeBytes: number;
                fileName: string;
                inputs: {
                    name: string;
                    /** @enum {string} */
                    dtype: "undefined" | "float32" | "uint8" | "int8" | "uint16" | "int16" | "int32" | "int64" | "string" | "bool" | "float16" | "float64" | "uint32" | "uint64" | "complex64" | "complex128" | "bfloat16" | "float8e4m3fn" | "float8e4m3fnuz" | "float8e5m2" | "float8e5m2fnuz" | "uint4" | "int4" | "float4e2m1" | "float8e8m0" | "uint2" | "int2";
                    /** @description Symbolic dims stay strings ("N", "batch_size"); a dim with neither value nor name is "?"; null when the model gives no shape at all (rank unknown). */
                    shape: (number | string)[] | null;
                }[];
                outputs: {
                    name: string;
                    /** @enum {string} */
                    dtype: "undefined" | "float32" | "uint8" | "int8" | "uint16" | "int16" | "int32" | "int64" | "string" | "bool" | "float16" | "float64" | "uint32" | "uint64" | "complex64" | "complex128" | "bfloat16" | "float8e4m3fn" | "float8e4m3fnuz" | "float8e5m2" | "float8e5m2fnuz" | "uint4" | "int4" | "float4e2m1" | "float8e8m0" | "uint2" | "int2";
                    /** @description Symbolic dims stay strings ("N", "batch_size"); a dim with neither value nor name is "?"; null when the model gives no shape at all (rank unknown). */
                    shape: (number | string)[] | null;
                }[];
                graph: {
                    irVersion: number;
                    producer: {
                        name: string;
                        version: string;
                    };
                    domain: string;
                    modelVersion: number;
                    docString: string;
                    graphName: string;
                    opsetImports: {
                        domain: string;
                        version: number;
                    }[];
                    /** @description The batch size the shapes and MACs were computed at. */
                    batchSize: number;
                    /** @description Nodes per op type. */
                    opHistogram: {
                        [key: string]: number;
                    };
                    nodeCount: number;
                    /** @description Elements of all initializers, quantization scales and zero points included; a sparse initializer counts its stored non-zero values. Constant-node tensors are not counted. */
                    parameterCount: number;
                    /** @description Bytes those elements occupy in their stored dtype. */
                    parameterBytes: number;
                    /** @description True when some initializer keeps its data in an external file (counted from dims). */
                    hasExternalData: boolean;
                    /** @description Multiply-accumulates of one inference at batchSize (Conv, ConvTranspose, Gemm, MatMul and their quantized forms). */
                    macs: number;
                    macsByOp: {
                        [key: string]: number;
                    };
                    /** @description False when some MAC op's shapes are unknown, so `macs` leaves it out. */
                    isMacsComplete: boolean;
                    /** @description Op types (prefixed with their domain when not the default one) that have no shape rule. */
                    unknownShapeOps: string[];
                    /** @description A TensorFlow model's own facts (lib/tensorflow). Its summary fills the ONNX-only fields with zeros and empty lists. */
                    tensorflow?: {
                        /**
                         * @description graphdef: a frozen GraphDef .pb; tfjs: a TensorFlow.js graph model (model.json + shards).
                         * @enum {string}
                         */
                        format: "graphdef" | "tfjs";
                        /** @description Ops the TensorFlow → ONNX conversion does not handle; converting the model is refused naming them. */
                        unsupportedOps: string[];
                        /** @description True when the graph holds TF1 while-loop ops (Enter, Merge, Switch, …). */
                        hasControlFlow: boolean;
                        /** @description Weights stored quantised by TensorFlow.js, counted by stored dtype (uint8, uint16, float16). */
                        quantizedWeights: {
                            [key: string]: number;
                        };
                    };
                };
                /** @description Catalog id when pulled from the built-in catalog. */
                catalogId: string | null;
                /** @description How to turn an image into the input tensor; null when unknown (scoring then assumes P1). */
                preprocessing: {
                    /**
                     * @description The recipe's code in CATALOG.md.
                     * @enum {string}
                     */
                    code: "P1" | "P2" | "P4" | "P5" | "P6" | "caffe2" | "ssd-300";
                    /** @enum {string} */
                    layout: "NCHW" | "NHWC";
                    /** @enum {string} */
                    channelOrder: "RGB" | "BGR";
                    /** @enum {string} */
                    dtype: "float32" | "float16" | "uint8";
                    /** @description Geometry, applied first. */
                    resize: {
                        /** @enum {string} */
                        mode: "shorter-side";
                        size: number;
                    } | {
                        /** @enum {string} */
                        mode: "exact";
                        width: number;
                        height: number;
                    } | {
                        /** @enum {string} */
                        mode: "none";
                    };
                    /** @description Centre crop after the resize; null for none. */
                    crop: {
                        width: number;
                        height: number;
                    } | null;
                    scale: number;
                    /** @description Subtracted after `scale`, always as [red, green, blue] whatever channelOrder is; null to skip. */
                    mean: [
                        number,
                        number,
                        number
                    ] | null;
                    /** @description Divides after `mean`, as [red, green, blue]; null to skip. */
                    std: [
                        number,
                        number,
                        number
                    ] | null;
                    /** @description False when the source admits the recipe is a guess (CATALOG.md marks P2 unverified). */
                    verified: boolean;
                    /** @enum {string} */
                    labels: "imagenet-1k" | "coco-80" | "coco-91";
                    outputs: {
                        name: string;
                        /** @enum {string} */
                        dtype: "float32" | "float16" | "uint8" | "int64";
                        /** @description A fixed size, or a symbol for a free one ("N" batch, "H"/"W" image, "n" boxes). */
                        shape: (number | string)[];
                        /** @enum {string} */
                        kind: "logits" | "probabilities" | "detections";
                    }[];
                } | null;
                /** @description The model this one was converted from. */
                parent: {
                    name: string;
                    version: number;
                } | null;
                /** @description The Azure ML workspace model version this one was imported from. */
                azureSource: {
                    /** @description The linked workspace it was imported through */
                    workspaceId: string;
                    subscriptionId: string;
                    resourceGroup: string;
                    workspaceName: string;
                    name: string;
                    version: string;
                    /** @description The Azure model version's resource id */
                    assetId: string;
                    modelUri: string;
                    modelType: string | null;
                    /** @description The model version in Azure ML studio */
                    portalUrl: string;
                } | null;
                /** @description ISO 8601 */
                createdAt: string;
                /** @description ISO 8601 */
                updatedAt: string;
                links: {
                    self: string;
                    download: string;
                };
            }[];
            page: number;
            pageSize: number;
            /** @description Versions matching the filter, over all pages. */
            total: number;
            /** @description null on the last page. */
            nextPage: number | null;
        };
        /** @description application/problem+json (RFC 9457); extension members name what the problem is about */
        Problem: {
            /** @description A URI naming the kind of problem */
            type: string;
            title: string;
            status: number;
            /** @description What happened, for a person */
            detail: string;
            /**
             * @description Stable code a program can rely on
             * @enum {string}
             */
            code: "validation_failed" | "unknown_field" | "missing_file" | "empty_file" | "invalid_model" | "invalid_image" | "unsupported_model" | "unsupported_media_type" | "payload_too_large" | "image_too_large" | "unauthenticated" | "invalid_key" | "invalid_token" | "token_expired" | "token_revoked" | "forbidden" | "azure_no_credential" | "azure_auth_failed" | "azure_forbidden" | "azure_workspace_not_found" | "azure_model_not_found" | "azure_unreachable" | "csrf_failed" | "not_found" | "model_not_found" | "catalog_entry_not_found" | "method_not_allowed" | "conflict" | "already_exists" | "unknown_tensor" | "model_not_converted" | "target_unreachable" | "not_ready" | "quota_exceeded" | "insufficient_capacity" | "invalid_state" | "in_use" | "source_unreachable" | "digest_mismatch" | "unavailable" | "timeout" | "internal" | "artifact_missing" | "source_not_found" | "registry_refused";
            /** @description The request's path */
            instance?: string;
            requestId?: string;
        } & {
            [key: string]: unknown;
        };
        Model: {
            /** @description UUID */
            id: string;
            name: string;
            /** @description Versions are numbered per name from 1. */
            version: number;
            /**
             * @description accel-onnx: a model converted for the NPU (POST /api/v1/conversions).
             * @enum {string}
             */
            framework: "onnx" | "accel-onnx" | "tensorflow";
            /**
             * @description What scoring returns: classes (top-k) for a classifier, boxes for a detector.
             * @enum {string}
             */
            task: "classification" | "detection";
            description: string;
            /** @description Azure ML style key/value tags: { "team": "vision" }. */
            tags: {
                [key: string]: string;
            };
            /** @description sha256 of the file, lowercase hex (no `sha256:` prefix). */
            digest: string;
            sizeBytes: number;
            fileName: string;
            inputs: {
                name: string;
                /** @enum {string} */
                dtype: "undefined" | "float32" | "uint8" | "int8" | "uint16" | "int16" | "int32" | "int64" | "string" | "bool" | "float16" | "float64" | "uint32" | "uint64" | "complex64" | "complex128" | "bfloat16" | "float8e4m3fn" | "float8e4m3fnuz" | "float8e5m2" | "float8e5m2fnuz" | "uint4" | "int4" | "float4e2m1" | "float8e8m0" | "uint2" | "int2";
                /** @description Symbolic dims stay strings ("N", "batch_size"); a dim with neither value nor name is "?"; null when the model gives no shape at all (rank unknown). */
                shape: (number | string)[] | null;
            }[];
            outputs: {
                name: string;
                /** @enum {string} */
                dtype: "undefined" | "float32" | "uint8" | "int8" | "uint16" | "int16" | "int32" | "int64" | "string" | "bool" | "float16" | "float64" | "uint32" | "uint64" | "complex64" | "complex128" | "bfloat16" | "float8e4m3fn" | "float8e4m3fnuz" | "float8e5m2" | "float8e5m2fnuz" | "uint4" | "int4" | "float4e2m1" | "float8e8m0" | "uint2" | "int2";
                /** @description Symbolic dims stay strings ("N", "batch_size"); a dim with neither value nor name is "?"; null when the model gives no shape at all (rank unknown). */
                shape: (number | string)[] | null;
            }[];
            graph: {
                irVersion: number;
                producer: {
                    name: string;
                    version: string;
                };
                domain: string;
                modelVersion: number;
                docString: string;
                graphName: string;
                opsetImports: {
                    domain: string;
                    version: number;
                }[];
                /** @description The batch size the shapes and MACs were computed at. */
                batchSize: number;
                /** @description Nodes per op type. */
                opHistogram: {
                    [key: string]: number;
                };
                nodeCount: number;
                /** @description Elements of all initializers, quantization scales and zero points included; a sparse initializer counts its stored non-zero values. Constant-node tensors are not counted. */
                parameterCount: number;
                /** @description Bytes those elements occupy in their stored dtype. */
                parameterBytes: number;
                /** @description True when some initializer keeps its data in an external file (counted from dims). */
                hasExternalData: boolean;
                /** @description Multiply-accumulates of one inference at batchSize (Conv, ConvTranspose, Gemm, MatMul and their quantized forms). */
                macs: number;
                macsByOp: {
                    [key: string]: number;
                };
                /** @description False when some MAC op's shapes are unknown, so `macs` leaves it out. */
                isMacsComplete: boolean;
                /** @description Op types (prefixed with their domain when not the default one) that have no shape rule. */
                unknownShapeOps: string[];
                /** @description A TensorFlow model's own facts (lib/tensorflow). Its summary fills the ONNX-only fields with zeros and empty lists. */
                tensorflow?: {
                    /**
                     * @description graphdef: a frozen GraphDef .pb; tfjs: a TensorFlow.js graph model (model.json + shards).
                     * @enum {string}
                     */
                    format: "graphdef" | "tfjs";
                    /** @description Ops the TensorFlow → ONNX conversion does not handle; converting the model is refused naming them. */
                    unsupportedOps: string[];
                    /** @description True when the graph holds TF1 while-loop ops (Enter, Merge, Switch, …). */
                    hasControlFlow: boolean;
                    /** @description Weights stored quantised by TensorFlow.js, counted by stored dtype (uint8, uint16, float16). */
                    quantizedWeights: {
                        [key: string]: number;
                    };
                };
            };
            /** @description Catalog id when pulled from the built-in catalog. */
            catalogId: string | null;
            /** @description How to turn an image into the input tensor; null when unknown (scoring then assumes P1). */
            preprocessing: {
                /**
                 * @description The recipe's code in CATALOG.md.
                 * @enum {string}
                 */
                code: "P1" | "P2" | "P4" | "P5" | "P6" | "caffe2" | "ssd-300";
                /** @enum {string} */
                layout: "NCHW" | "NHWC";
                /** @enum {string} */
                channelOrder: "RGB" | "BGR";
                /** @enum {string} */
                dtype: "float32" | "float16" | "uint8";
                /** @description Geometry, applied first. */
                resize: {
                    /** @enum {string} */
                    mode: "shorter-side";
                    size: number;
                } | {
                    /** @enum {string} */
                    mode: "exact";
                    width: number;
                    height: number;
                } | {
                    /** @enum {string} */
                    mode: "none";
                };
                /** @description Centre crop after the resize; null for none. */
                crop: {
                    width: number;
                    height: number;
                } | null;
                scale: number;
                /** @description Subtracted after `scale`, always as [red, green, blue] whatever channelOrder is; null to skip. */
                mean: [
                    number,
                    number,
                    number
                ] | null;
                /** @description Divides after `mean`, as [red, green, blue]; null to skip. */
                std: [
                    number,
                    number,
                    number
                ] | null;
                /** @description False when the source admits the recipe is a guess (CATALOG.md marks P2 unverified). */
                verified: boolean;
                /** @enum {string} */
                labels: "imagenet-1k" | "coco-80" | "coco-91";
                outputs: {
                    name: string;
                    /** @enum {string} */
                    dtype: "float32" | "float16" | "uint8" | "int64";
                    /** @description A fixed size, or a symbol for a free one ("N" batch, "H"/"W" image, "n" boxes). */
                    shape: (number | string)[];
                    /** @enum {string} */
                    kind: "logits" | "probabilities" | "detections";
                }[];
            } | null;
            /** @description The model this one was converted from. */
            parent: {
                name: string;
                version: number;
            } | null;
            /** @description The Azure ML workspace model version this one was imported from. */
            azureSource: {
                /** @description The linked workspace it was imported through */
                workspaceId: string;
                subscriptionId: string;
                resourceGroup: string;
                workspaceName: string;
                name: string;
                version: string;
                /** @description The Azure model version's resource id */
                assetId: string;
                modelUri: string;
                modelType: string | null;
                /** @description The model version in Azure ML studio */
                portalUrl: string;
            } | null;
            /** @description ISO 8601 */
            createdAt: string;
            /** @description ISO 8601 */
            updatedAt: string;
            links: {
                self: string;
                download: string;
            };
        };
        ModelDeleted: {
            name: string;
            version: number;
            /** @enum {boolean} */
            deleted: true;
        };
        Score: {
            /**
             * @description The model's task: a classifier answers `top`, a detector `detections` (with `top` empty).
             * @enum {string}
             */
            task: "classification" | "detection";
            model: {
                name: string;
                version: number;
                /** @description sha256 of the model file, lowercase hex. */
                digest: string;
            };
            /** @description The most likely classes, best first (topK, 5 by default); empty for a detector. */
            top: {
                /** @description The class index in the model's output. */
                index: number;
                /** @description The class name; "class <index>" when no label file was found. */
                label: string;
                probability: number;
            }[];
            /** @description Detectors only: the boxes kept after the score threshold and non-maximum suppression, best first. */
            detections?: {
                /** @description The COCO category id (1–90, as in coco-labels.json). */
                classId: number;
                /** @description The category name; "class <id>" when no label file was found. */
                label: string;
                /** @description The box's best class score, 0–1. */
                score: number;
                /** @description Left, top, width and height in the original image's pixels (upright, after EXIF rotation). */
                box: {
                    x: number;
                    y: number;
                    width: number;
                    height: number;
                };
            }[];
            /** @description Detectors only: the parameters applied (the request's, the defaults filling the rest). */
            detectionSettings?: {
                /** @description Boxes scoring below this were dropped. */
                scoreThreshold: number;
                /** @description A box overlapping a better kept one by more than this intersection-over-union was dropped. */
                iouThreshold: number;
                maxDetections: number;
                /** @description Suppression only within a class (true) or across classes (false). */
                isPerClass: boolean;
            };
            input: {
                /** @description The decoded image format (as sharp names it), or "tensor". */
                format: string;
                width: number;
                height: number;
            };
            preprocessing: {
                /** @enum {string} */
                code: "P1" | "P2" | "P4" | "P5" | "P6" | "caffe2" | "ssd-300";
                /** @description true when the model carries no preprocessing and the default (P1) is assumed. */
                isAssumed: boolean;
            };
            timings: {
                /** @description 0 when the client sent a tensor. */
                decodeMs: number;
                /** @description 0 when the client sent a tensor. */
                preprocessMs: number;
                /** @description Waiting for a batch to form and run (a service with dynamic batching); 0 unbatched. */
                queueMs: number;
                /** @description The one CPU run this request took part in; when batched, the whole batch's run. */
                inferenceMs: number;
                postprocessMs: number;
                /** @description Wall time of the engine call, including a first call's session creation. */
                totalMs: number;
                /** @description Requests that CPU run scored together: 1 unless the service batches (maxBatchSize). The simulated FPGA latency is always one image's: the FPGA design runs batch 1. */
                batchSize: number;
                /** @description Reading the body and looking up the model. */
                receiveMs: number;
                /** @description Planning the NPU simulation: only a model's first request pays it (cached). */
                simulateMs: number;
                /** @description Receipt of the request to the reply on the worker; ≥ totalMs. */
                serverMs: number;
            };
            /** @description One per device profile asked for (?profiles=, all by default); a service's answer has only its deployment's profile. */
            simulated: {
                /** @enum {string} */
                profile: "stratix10-brainwave" | "arria10-pb6";
                /** @enum {string} */
                precision: "ms-fp8" | "ms-fp9" | "fp16";
                totalMs: number;
                deviceMs: number;
                hostMs: number;
                transferInMs: number;
                transferOutMs: number;
                /** @description Hand-offs between the FPGAs a deployment spreads the model over: (fpgas − 1) × partitionHandoffUs. */
                partitionHandoffMs: number;
                /** @description Stalls of the NPU waiting for weights streamed from DDR, over its compute. */
                weightStreamMs: number;
                /** @description MAC-weighted mean of the MVU layers' utilisation. */
                utilization: number;
                /** @description 2 FLOPs per MAC over the device time, weight-stream stalls included: comparable with Brainwave's published TFLOPS when the weights are pinned. */
                effectiveTflops: number;
                /** @description FPGAs the deployment spreads the model over (1 by default). */
                fpgas: number;
                /** @description The same as fpgas: kept for readers of the earlier field. */
                partitions: number;
                /**
                 * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                 * @enum {string}
                 */
                weightPlacement: "pinned" | "streamed" | "partitioned";
                /** @description True when some weights are fetched from DDR on every request, whatever weightPlacement says. */
                streamsWeights: boolean;
                /** @description parameterCount × bytes per element at the simulated precision; not a whole number at ms-fp9. */
                weightBytes: number;
                pinnedWeightBytes: number;
                streamedWeightBytes: number;
                placement: {
                    npuOps: number;
                    hostOps: number;
                    foldedOps: number;
                    hostOpTypes: string[];
                };
            }[];
        };
        CatalogList: {
            items: {
                id: string;
                /** @description The name the model gets in the studio's registry when installed from the catalog. */
                name: string;
                /** @description The matching Azure ML hardware-accelerated model, or null when Azure had none. */
                azureName: string | null;
                description: string;
                /** @enum {string} */
                task: "classification" | "detection";
                /** @description The zoo's file name; also the file name looked up in MODEL_MIRROR_DIR. */
                fileName: string;
                bytes: number;
                /** @description sha256 of the file, lowercase hex. */
                sha256: string;
                /** @description Tried in order after the mirror; may be empty when only a mirror holds the file. */
                urls: string[];
                inputs: {
                    name: string;
                    /** @enum {string} */
                    dtype: "float32" | "float16" | "uint8" | "int64";
                    /** @description A fixed size, or a symbol for a free one ("N" batch, "H"/"W" image, "n" boxes). */
                    shape: (number | string)[];
                }[];
                outputs: {
                    name: string;
                    /** @enum {string} */
                    dtype: "float32" | "float16" | "uint8" | "int64";
                    /** @description A fixed size, or a symbol for a free one ("N" batch, "H"/"W" image, "n" boxes). */
                    shape: (number | string)[];
                    /** @enum {string} */
                    kind: "logits" | "probabilities" | "detections";
                }[];
                /** @description value = (raw * scale - mean) / std per pixel and channel, raw being the 0–255 sample; then channels in channelOrder, laid out as layout, cast to dtype. */
                preprocessing: {
                    /**
                     * @description The recipe's code in CATALOG.md.
                     * @enum {string}
                     */
                    code: "P1" | "P2" | "P4" | "P5" | "P6" | "caffe2" | "ssd-300";
                    /** @enum {string} */
                    layout: "NCHW" | "NHWC";
                    /** @enum {string} */
                    channelOrder: "RGB" | "BGR";
                    /** @enum {string} */
                    dtype: "float32" | "float16" | "uint8";
                    /** @description Geometry, applied first. */
                    resize: {
                        /** @enum {string} */
                        mode: "shorter-side";
                        size: number;
                    } | {
                        /** @enum {string} */
                        mode: "exact";
                        width: number;
                        height: number;
                    } | {
                        /** @enum {string} */
                        mode: "none";
                    };
                    /** @description Centre crop after the resize; null for none. */
                    crop: {
                        width: number;
                        height: number;
                    } | null;
                    scale: number;
                    /** @description Subtracted after `scale`, always as [red, green, blue] whatever channelOrder is; null to skip. */
                    mean: [
                        number,
                        number,
                        number
                    ] | null;
                    /** @description Divides after `mean`, as [red, green, blue]; null to skip. */
                    std: [
                        number,
                        number,
                        number
                    ] | null;
                    /** @description False when the source admits the recipe is a guess (CATALOG.md marks P2 unverified). */
                    verified: boolean;
                };
                /** @enum {string} */
                labels: "imagenet-1k" | "coco-80" | "coco-91";
                license: string;
                /** @description Pulled at start when a mirror is configured. */
                isDefault: boolean;
                /** @description The versions this studio registered from the entry, newest first. */
                registered: {
                    name: string;
                    version: number;
                }[];
                /** @description The entry's latest pull, if any. */
                lastPull: {
                    /** @description UUID */
                    id: string;
                    /** @description The catalog entry being downloaded (GET /api/v1/catalog). */
                    catalogId: string;
                    /** @enum {string} */
                    state: "Queued" | "Running" | "Succeeded" | "Failed";
                    bytesDone: number;
                    bytesTotal: number;
                    /** @description 0..1, for progress bars; 1 once Succeeded. */
                    progress: number;
                    /** @description Where the file is read from: a mirror file path or a download URL; null until a source starts. */
                    source: string | null;
                    /** @description Why the last attempt failed; a Queued pull waiting for a retry keeps it too. */
                    error: string | null;
                    /** @description The model version the pull registered, once Succeeded. */
                    model: {
                        name: string;
                        version: number;
                    } | null;
                    /** @description ISO 8601 */
                    createdAt: string;
                    /** @description ISO 8601 */
                    finishedAt: string | null;
                    links: {
                        self: string;
                    };
                } | null;
            }[];
        };
        Pull: {
            /** @description UUID */
            id: string;
            /** @description The catalog entry being downloaded (GET /api/v1/catalog). */
            catalogId: string;
            /** @enum {string} */
            state: "Queued" | "Running" | "Succeeded" | "Failed";
            bytesDone: number;
            bytesTotal: number;
            /** @description 0..1, for progress bars; 1 once Succeeded. */
            progress: number;
            /** @description Where the file is read from: a mirror file path or a download URL; null until a source starts. */
            source: string | null;
            /** @description Why the last attempt failed; a Queued pull waiting for a retry keeps it too. */
            error: string | null;
            /** @description The model version the pull registered, once Succeeded. */
            model: {
                name: string;
                version: number;
            } | null;
            /** @description ISO 8601 */
            createdAt: string;
            /** @description ISO 8601 */
            finishedAt: string | null;
            links: {
                self: string;
            };
        };
        PullWithLog: {
            /** @description UUID */
            id: string;
            /** @description The catalog entry being downloaded (GET /api/v1/catalog). */
            catalogId: string;
            /** @enum {string} */
            state: "Queued" | "Running" | "Succeeded" | "Failed";
            bytesDone: number;
            bytesTotal: number;
            /** @description 0..1, for progress bars; 1 once Succeeded. */
            progress: number;
            /** @description Where the file is read from: a mirror file path or a download URL; null until a source starts. */
            source: string | null;
            /** @description Why the last attempt failed; a Queued pull waiting for a retry keeps it too. */
            error: string | null;
            /** @description The model version the pull registered, once Succeeded. */
            model: {
                name: string;
                version: number;
            } | null;
            /** @description ISO 8601 */
            createdAt: string;
            /** @description ISO 8601 */
            finishedAt: string | null;
            links: {
                self: string;
            };
            /** @description The pull's log, oldest first (at most 200 lines). */
            logs: {
                /** @description ISO 8601 */
                at: string;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
        };
        ConversionList: {
            items: {
                /** @description UUID */
                id: string;
                /** @enum {string} */
                state: "Queued" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "TimedOut";
                /** @description 0..1 */
                progress: number;
                /** @description The model version being converted. */
                source: {
                    name: string;
                    version: number;
                };
                inputTensors: string[];
                outputTensors: string[];
                /**
                 * @description onnx: a TensorFlow graph translated to ONNX; accel-onnx: an ONNX model rewritten for the NPU.
                 * @enum {string}
                 */
                target: "onnx" | "accel-onnx";
                /** @description TensorFlow → ONNX only: shapes given for inputs the graph leaves open. */
                inputShapes: {
                    [key: string]: number[];
                } | null;
                /** @description A device profile id (GET /api/v1/fpga/profiles); accel-onnx only. */
                deviceProfile: string;
                /** @enum {string} */
                precision: "ms-fp8" | "ms-fp9" | "fp16" | "fp32";
                /** @description The name the converted model is registered under (a new version of it). */
                resultName: string;
                /** @description The registered result, once Succeeded. */
                resultModel: {
                    name: string;
                    version: number;
                } | null;
                /** @description accel-onnx conversions: null until the conversion Succeeded. */
                report: {
                    /** @enum {string} */
                    precision: "ms-fp8" | "ms-fp9" | "fp16" | "fp32";
                    deviceProfile: string;
                    numerics: {
                        /** @description Values sharing one ms-fp exponent. */
                        blockSize: number;
                        exponentBits: number;
                        /** @description null for fp16 and fp32. */
                        mantissaBits: number | null;
                        rounding: string;
                        blockAxis: string;
                    };
                    weights: {
                        quantizedTensors: number;
                        keptTensors: number;
                        /** @description Integer (QLinear) weights are kept as they are. */
                        integerTensors: number;
                        quantizedParameters: number;
                        maxAbsError: number;
                        rmsError: number;
                    };
                    split: {
                        npuOps: number;
                        hostOps: number;
                        hostOpTypes: string[];
                        hostTensors: string[];
                        boundaryTensors: string[];
                        /** @description Layers run on the host (the classifier head and ops the NPU lacks). */
                        hostLayers: string[];
                    };
                    calibration: {
                        folder: string;
                        images: {
                            image: string;
                            /** @description From expected.json when the image is listed there. */
                            expectedLabel: string | null;
                            source: {
                                label: string;
                                index: number;
                                probability: number;
                            };
                            converted: {
                                label: string;
                                index: number;
                                probability: number;
                            };
                            top1Agrees: boolean;
                            /** @description How many of the source's top-5 classes are in the converted model's top-5 (0..5). */
                            top5Overlap: number;
                            maxAbsDiff: number;
                            /** @description Measured CPU inference time of the source model on this image. */
                            sourceInferenceMs: number;
                            /** @description Measured CPU inference time of the converted model on this image. */
                            convertedInferenceMs: number;
                        }[];
                        /** @description Share of images whose top-1 class agrees (0..1). */
                        top1Agreement: number;
                        meanTop5Overlap: number;
                        maxAbsDiff: number;
                        /** @description Expected labels (expected.json) the converted model still gets right, of those listed. */
                        expectedTop1: {
                            kept: number;
                            of: number;
                        };
                    };
                    latency: {
                        source: {
                            totalMs: number;
                            transferInMs: number;
                            deviceMs: number;
                            /** @description Extra time weights streaming from the board's DDR cost beyond compute. */
                            weightStreamMs: number;
                            hostMs: number;
                            transferOutMs: number;
                            /** @description Hand-offs between the FPGAs a deployment spreads the model over. */
                            partitionHandoffMs: number;
                            fpgas: number;
                            /**
                             * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                             * @enum {string}
                             */
                            weightPlacement: "pinned" | "streamed" | "partitioned";
                            /** @description The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element). */
                            weightBytes: number;
                            streamedWeightBytes: number;
                            /** @description MAC-weighted mean of the MVU layers' utilisation (0..1). */
                            utilization: number;
                        };
                        converted: {
                            totalMs: number;
                            transferInMs: number;
                            deviceMs: number;
                            /** @description Extra time weights streaming from the board's DDR cost beyond compute. */
                            weightStreamMs: number;
                            hostMs: number;
                            transferOutMs: number;
                            /** @description Hand-offs between the FPGAs a deployment spreads the model over. */
                            partitionHandoffMs: number;
                            fpgas: number;
                            /**
                             * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                             * @enum {string}
                             */
                            weightPlacement: "pinned" | "streamed" | "partitioned";
                            /** @description The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element). */
                            weightBytes: number;
                            streamedWeightBytes: number;
                            /** @description MAC-weighted mean of the MVU layers' utilisation (0..1). */
                            utilization: number;
                        };
                    };
                    durationMs: number;
                } | null;
                /** @description onnx (TensorFlow → ONNX) conversions: null until the conversion Succeeded. */
                translation: {
                    /** @enum {string} */
                    target: "onnx";
                    /** @description Nodes of the whole TensorFlow graph. */
                    sourceNodes: number;
                    /** @description Nodes of the ONNX graph translated from the part between the named tensors. */
                    onnxNodes: number;
                    /** @description TensorFlow op → how many were translated. */
                    translatedOps: {
                        [key: string]: number;
                    };
                    inputs: {
                        name: string;
                        dtype: string;
                        shape: (number | string)[];
                    }[];
                    outputs: {
                        name: string;
                        dtype: string;
                        shape: (number | string)[];
                    }[];
                    /** @description TensorFlow's own runtime (TF.js) and onnxruntime scored the same seeded random inputs. */
                    reference: {
                        runtime: string;
                        samples: {
                            name: string;
                            tensorflowMs: number;
                            onnxMs: number;
                            outputs: {
                                name: string;
                                maxAbsDiff: number;
                                maxAbsValue: number;
                            }[];
                        }[];
                        /** @description The largest |TensorFlow − ONNX| over all outputs, each divided by max(1, the output's largest |value|). */
                        maxRelativeDiff: number;
                        /** @description A larger difference fails the conversion and registers nothing. */
                        tolerance: number;
                    };
                    durationMs: number;
                } | null;
                error: string | null;
                /** @description ISO 8601 */
                createdAt: string;
                /** @description ISO 8601 */
                startedAt: string | null;
                /** @description ISO 8601 */
                finishedAt: string | null;
                links: {
                    self: string;
                    cancel: string;
                };
            }[];
        };
        Conversion: {
            /** @description UUID */
            id: string;
            /** @enum {string} */
            state: "Queued" | "Running" | "Succeeded" | "Failed" | "Cancelled" | "TimedOut";
            /** @description 0..1 */
            progress: number;
            /** @description The model version being converted. */
            source: {
                name: string;
                version: number;
            };
            inputTensors: string[];
            outputTensors: string[];
            /**
             * @description onnx: a TensorFlow graph translated to ONNX; accel-onnx: an ONNX model rewritten for the NPU.
             * @enum {string}
             */
            target: "onnx" | "accel-onnx";
            /** @description TensorFlow → ONNX only: shapes given for inputs the graph leaves open. */
            inputShapes: {
                [key: string]: number[];
            } | null;
            /** @description A device profile id (GET /api/v1/fpga/profiles); accel-onnx only. */
            deviceProfile: string;
            /** @enum {string} */
            precision: "ms-fp8" | "ms-fp9" | "fp16" | "fp32";
            /** @description The name the converted model is registered under (a new version of it). */
            resultName: string;
            /** @description The registered result, once Succeeded. */
            resultModel: {
                name: string;
                version: number;
            } | null;
            /** @description accel-onnx conversions: null until the conversion Succeeded. */
            report: {
                /** @enum {string} */
                precision: "ms-fp8" | "ms-fp9" | "fp16" | "fp32";
                deviceProfile: string;
                numerics: {
                    /** @description Values sharing one ms-fp exponent. */
                    blockSize: number;
                    exponentBits: number;
                    /** @description null for fp16 and fp32. */
                    mantissaBits: number | null;
                    rounding: string;
                    blockAxis: string;
                };
                weights: {
                    quantizedTensors: number;
                    keptTensors: number;
                    /** @description Integer (QLinear) weights are kept as they are. */
                    integerTensors: number;
                    quantizedParameters: number;
                    maxAbsError: number;
                    rmsError: number;
                };
                split: {
                    npuOps: number;
                    hostOps: number;
                    hostOpTypes: string[];
                    hostTensors: string[];
                    boundaryTensors: string[];
                    /** @description Layers run on the host (the classifier head and ops the NPU lacks). */
                    hostLayers: string[];
                };
                calibration: {
                    folder: string;
                    images: {
                        image: string;
                        /** @description From expected.json when the image is listed there. */
                        expectedLabel: string | null;
                        source: {
                            label: string;
                            index: number;
                            probability: number;
                        };
                        converted: {
                            label: string;
                            index: number;
                            probability: number;
                        };
                        top1Agrees: boolean;
                        /** @description How many of the source's top-5 classes are in the converted model's top-5 (0..5). */
                        top5Overlap: number;
                        maxAbsDiff: number;
                        /** @description Measured CPU inference time of the source model on this image. */
                        sourceInferenceMs: number;
                        /** @description Measured CPU inference time of the converted model on this image. */
                        convertedInferenceMs: number;
                    }[];
                    /** @description Share of images whose top-1 class agrees (0..1). */
                    top1Agreement: number;
                    meanTop5Overlap: number;
                    maxAbsDiff: number;
                    /** @description Expected labels (expected.json) the converted model still gets right, of those listed. */
                    expectedTop1: {
                        kept: number;
                        of: number;
                    };
                };
                latency: {
                    source: {
                        totalMs: number;
                        transferInMs: number;
                        deviceMs: number;
                        /** @description Extra time weights streaming from the board's DDR cost beyond compute. */
                        weightStreamMs: number;
                        hostMs: number;
                        transferOutMs: number;
                        /** @description Hand-offs between the FPGAs a deployment spreads the model over. */
                        partitionHandoffMs: number;
                        fpgas: number;
                        /**
                         * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                         * @enum {string}
                         */
                        weightPlacement: "pinned" | "streamed" | "partitioned";
                        /** @description The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element). */
                        weightBytes: number;
                        streamedWeightBytes: number;
                        /** @description MAC-weighted mean of the MVU layers' utilisation (0..1). */
                        utilization: number;
                    };
                    converted: {
                        totalMs: number;
                        transferInMs: number;
                        deviceMs: number;
                        /** @description Extra time weights streaming from the board's DDR cost beyond compute. */
                        weightStreamMs: number;
                        hostMs: number;
                        transferOutMs: number;
                        /** @description Hand-offs between the FPGAs a deployment spreads the model over. */
                        partitionHandoffMs: number;
                        fpgas: number;
                        /**
                         * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                         * @enum {string}
                         */
                        weightPlacement: "pinned" | "streamed" | "partitioned";
                        /** @description The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element). */
                        weightBytes: number;
                        streamedWeightBytes: number;
                        /** @description MAC-weighted mean of the MVU layers' utilisation (0..1). */
                        utilization: number;
                    };
                };
                durationMs: number;
            } | null;
            /** @description onnx (TensorFlow → ONNX) conversions: null until the conversion Succeeded. */
            translation: {
                /** @enum {string} */
                target: "onnx";
                /** @description Nodes of the whole TensorFlow graph. */
                sourceNodes: number;
                /** @description Nodes of the ONNX graph translated from the part between the named tensors. */
                onnxNodes: number;
                /** @description TensorFlow op → how many were translated. */
                translatedOps: {
                    [key: string]: number;
                };
                inputs: {
                    name: string;
                    dtype: string;
                    shape: (number | string)[];
                }[];
                outputs: {
                    name: string;
                    dtype: string;
                    shape: (number | string)[];
                }[];
                /** @description TensorFlow's own runtime (TF.js) and onnxruntime scored the same seeded random inputs. */
                reference: {
                    runtime: string;
                    samples: {
                        name: string;
                        tensorflowMs: number;
                        onnxMs: number;
                        outputs: {
                            name: string;
                            maxAbsDiff: number;
                            maxAbsValue: number;
                        }[];
                    }[];
                    /** @description The largest |TensorFlow − ONNX| over all outputs, each divided by max(1, the output's largest |value|). */
                    maxRelativeDiff: number;
                    /** @description A larger difference fails the conversion and registers nothing. */
                    tolerance: number;
                };
                durationMs: number;
            } | null;
            error: string | null;
            /** @description ISO 8601 */
            createdAt: string;
            /** @description ISO 8601 */
            startedAt: string | null;
            /** @description ISO 8601 */
            finishedAt: string | null;
            links: {
                self: string;
                cancel: string;
            };
            /** @description The conversion's log, oldest first (at most 2000 lines). */
            log: {
                /** @description The line's row id in the studio's log table; a later line has a higher id. */
                id: number;
                /** @description ISO 8601 */
                at: string;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
        };
        ImageList: {
            items: {
                /** @description UUID */
                id: string;
                name: string;
                version: number;
                /** @enum {string} */
                state: "Queued" | "Running" | "Succeeded" | "Failed";
                /** @description 0..1 */
                progress: number;
                /** @description The converted model the image packs. */
                model: {
                    name: string;
                    version: number;
                };
                /** @description "sha256:<hex>" of the OCI manifest, once built. */
                digest: string | null;
                /** @description Size of the OCI archive, once built. */
                sizeBytes: number | null;
                /** @description An OCI reference for the image, once built: `accel-studio/<name>:<version>`. */
                location: string | null;
                /** @description Where the build pushed the image when a registry is configured (REGISTRY_URL): `<host>/<repository>:<tag>@sha256:<hex>`; null otherwise. */
                registryReference: string | null;
                error: string | null;
                /** @description ISO 8601 */
                createdAt: string;
                /** @description ISO 8601 */
                startedAt: string | null;
                /** @description ISO 8601 */
                finishedAt: string | null;
                /** @description Services deploying this image. */
                services: string[];
                links: {
                    self: string;
                    /** @description The image as an OCI archive (application/x-tar). */
                    oci: string;
                };
            }[];
        };
        Image: {
            /** @description UUID */
            id: string;
            name: string;
            version: number;
            /** @enum {string} */
            state: "Queued" | "Running" | "Succeeded" | "Failed";
            /** @description 0..1 */
            progress: number;
            /** @description The converted model the image packs. */
            model: {
                name: string;
                version: number;
            };
            /** @description "sha256:<hex>" of the OCI manifest, once built. */
            digest: string | null;
            /** @description Size of the OCI archive, once built. */
            sizeBytes: number | null;
            /** @description An OCI reference for the image, once built: `accel-studio/<name>:<version>`. */
            location: string | null;
            /** @description Where the build pushed the image when a registry is configured (REGISTRY_URL): `<host>/<repository>:<tag>@sha256:<hex>`; null otherwise. */
            registryReference: string | null;
            error: string | null;
            /** @description ISO 8601 */
            createdAt: string;
            /** @description ISO 8601 */
            startedAt: string | null;
            /** @description ISO 8601 */
            finishedAt: string | null;
            /** @description Services deploying this image. */
            services: string[];
            links: {
                self: string;
                /** @description The image as an OCI archive (application/x-tar). */
                oci: string;
            };
            /** @description The build log, oldest first (at most 2000 lines). */
            log: {
                /** @description The line's row id in the studio's log table; a later line has a higher id. */
                id: number;
                /** @description ISO 8601 */
                at: string;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
        };
        ImageDeleted: {
            name: string;
            version: number;
            /** @enum {boolean} */
            deleted: true;
        };
        ComputeList: {
            items: {
                id: string;
                name: string;
                vmSize: string;
                agentCount: number;
                /** @enum {string} */
                region: "eastus" | "westus2" | "westeurope" | "southeastasia";
                vcpus: number;
                /** @enum {string} */
                state: "Creating" | "Succeeded" | "Failed" | "Deleting";
                /** @description 0..1 */
                progress: number;
                nodes: {
                    name: string;
                    /** @description The worker process hosting this node's simulated FPGA; null when none is live */
                    worker: {
                        id: string;
                        hostname: string;
                        isLive: boolean;
                    } | null;
                    /** @enum {string} */
                    fpga: "Arria 10 GX 1150";
                    /**
                     * @description Reflashing: loading a model (it answers UNAVAILABLE meanwhile)
                     * @enum {string}
                     */
                    state: "Idle" | "Reflashing" | "Ready";
                    loadedDigest: string | null;
                    service: string | null;
                    /** @description The service replica this node's FPGA runs; null when free */
                    replica: {
                        index: number;
                        /** @description Its model is loaded and it takes requests (false while the deploy or the autoscaler is loading it) */
                        ready: boolean;
                    } | null;
                }[];
                errors: {
                    code: string;
                    message: string;
                }[];
                services: string[];
                createdAt: string;
                updatedAt: string;
                /** @description Only on GET /api/v1/computes/{name} */
                log?: {
                    /** @description The line's row id in the studio's log table; a later line has a higher id. */
                    id: number;
                    /** @description ISO 8601 */
                    at: string;
                    /** @enum {string} */
                    level: "debug" | "info" | "warn" | "error";
                    message: string;
                }[];
                links: {
                    self: string;
                };
            }[];
        };
        Compute: {
            id: string;
            name: string;
            vmSize: string;
            agentCount: number;
            /** @enum {string} */
            region: "eastus" | "westus2" | "westeurope" | "southeastasia";
            vcpus: number;
            /** @enum {string} */
            state: "Creating" | "Succeeded" | "Failed" | "Deleting";
            /** @description 0..1 */
            progress: number;
            nodes: {
                name: string;
                /** @description The worker process hosting this node's simulated FPGA; null when none is live */
                worker: {
                    id: string;
                    hostname: string;
                    isLive: boolean;
                } | null;
                /** @enum {string} */
                fpga: "Arria 10 GX 1150";
                /**
                 * @description Reflashing: loading a model (it answers UNAVAILABLE meanwhile)
                 * @enum {string}
                 */
                state: "Idle" | "Reflashing" | "Ready";
                loadedDigest: string | null;
                service: string | null;
                /** @description The service replica this node's FPGA runs; null when free */
                replica: {
                    index: number;
                    /** @description Its model is loaded and it takes requests (false while the deploy or the autoscaler is loading it) */
                    ready: boolean;
                } | null;
            }[];
            errors: {
                code: string;
                message: string;
            }[];
            services: string[];
            createdAt: string;
            updatedAt: string;
            /** @description Only on GET /api/v1/computes/{name} */
            log?: {
                /** @description The line's row id in the studio's log table; a later line has a higher id. */
                id: number;
                /** @description ISO 8601 */
                at: string;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
            links: {
                self: string;
            };
        };
        QuotaList: {
            items: {
                /** @enum {string} */
                region: "eastus" | "westus2" | "westeurope" | "southeastasia";
                /** @enum {string} */
                name: "Standard PBS Family vCPUs";
                currentValue: number;
                limit: number;
                /** @enum {string} */
                unit: "vCPUs";
            }[];
        };
        ServiceList: {
            items: {
                id: string;
                name: string;
                /** @enum {string} */
                state: "Transitioning" | "Healthy" | "Unhealthy" | "Failed" | "Deleting";
                image: {
                    name: string;
                    version: number;
                };
                model: {
                    name: string;
                    version: number;
                    /**
                     * @description A detector answers detections, and detection tensors on TF Serving and v2
                     * @enum {string}
                     */
                    task: "classification" | "detection";
                };
                compute: string;
                deviceProfile: string;
                /** @description Azure's scoring_uri: the cluster's scoring address (PUBLIC_SCORING_URL) when one is set, since any node routes a service's requests; else the node hosting the first ready replica */
                scoringUri: string | null;
                /** @description host:port for gRPC (TF Serving, Open Inference Protocol v2): PUBLIC_GRPC_ADDRESS when set, else the gRPC server of a node with a ready replica */
                grpcAddress: string | null;
                grpcTls: boolean;
                desiredReplicas: number;
                fpgasPerReplica: number;
                /** @description Requests one CPU inference on the node may batch together (dynamic batching); 1 is off, the default */
                maxBatchSize: number;
                /** @description How long the first request of a batch waits for others to join it, in ms */
                maxQueueDelayMs: number;
                replicas: {
                    index: number;
                    node: string;
                    ready: boolean;
                    scoringUri: string | null;
                }[];
                autoscale: {
                    enabled: boolean;
                    minReplicas: number;
                    maxReplicas: number;
                    targetUtilization: number;
                };
                authEnabled: boolean;
                /** @description The simulated latency of one image on this deployment */
                simulated: {
                    totalMs: number;
                    transferInMs: number;
                    deviceMs: number;
                    /** @description Extra time weights streaming from the board's DDR cost beyond compute. */
                    weightStreamMs: number;
                    hostMs: number;
                    transferOutMs: number;
                    /** @description Hand-offs between the FPGAs a deployment spreads the model over. */
                    partitionHandoffMs: number;
                    fpgas: number;
                    /**
                     * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                     * @enum {string}
                     */
                    weightPlacement: "pinned" | "streamed" | "partitioned";
                    /** @description The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element). */
                    weightBytes: number;
                    streamedWeightBytes: number;
                    /** @description MAC-weighted mean of the MVU layers' utilisation (0..1). */
                    utilization: number;
                } | null;
                error: string | null;
                createdAt: string;
                updatedAt: string;
                /** @description Only in the answer that created them or regenerated one */
                keys?: {
                    primary?: string;
                    secondary?: string;
                };
                log?: {
                    /** @description The line's row id in the studio's log table; a later line has a higher id. */
                    id: number;
                    /** @description ISO 8601 */
                    at: string;
                    /** @enum {string} */
                    level: "debug" | "info" | "warn" | "error";
                    message: string;
                }[];
                links: {
                    self: string;
                    score: string;
                    keys: string;
                };
            }[];
        };
        Service: {
            id: string;
            name: string;
            /** @enum {string} */
            state: "Transitioning" | "Healthy" | "Unhealthy" | "Failed" | "Deleting";
            image: {
                name: string;
                version: number;
            };
            model: {
                name: string;
                version: number;
                /**
                 * @description A detector answers detections, and detection tensors on TF Serving and v2
                 * @enum {string}
                 */
                task: "classification" | "detection";
            };
            compute: string;
            deviceProfile: string;
            /** @description Azure's scoring_uri: the cluster's scoring address (PUBLIC_SCORING_URL) when one is set, since any node routes a service's requests; else the node hosting the first ready replica */
            scoringUri: string | null;
            /** @description host:port for gRPC (TF Serving, Open Inference Protocol v2): PUBLIC_GRPC_ADDRESS when set, else the gRPC server of a node with a ready replica */
            grpcAddress: string | null;
            grpcTls: boolean;
            desiredReplicas: number;
            fpgasPerReplica: number;
            /** @description Requests one CPU inference on the node may batch together (dynamic batching); 1 is off, the default */
            maxBatchSize: number;
            /** @description How long the first request of a batch waits for others to join it, in ms */
            maxQueueDelayMs: number;
            replicas: {
                index: number;
                node: string;
                ready: boolean;
                scoringUri: string | null;
            }[];
            autoscale: {
                enabled: boolean;
                minReplicas: number;
                maxReplicas: number;
                targetUtilization: number;
            };
            authEnabled: boolean;
            /** @description The simulated latency of one image on this deployment */
            simulated: {
                totalMs: number;
                transferInMs: number;
                deviceMs: number;
                /** @description Extra time weights streaming from the board's DDR cost beyond compute. */
                weightStreamMs: number;
                hostMs: number;
                transferOutMs: number;
                /** @description Hand-offs between the FPGAs a deployment spreads the model over. */
                partitionHandoffMs: number;
                fpgas: number;
                /**
                 * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                 * @enum {string}
                 */
                weightPlacement: "pinned" | "streamed" | "partitioned";
                /** @description The model's parameters at the simulated precision; not a whole number at ms-fp9 (9/8 bytes per element). */
                weightBytes: number;
                streamedWeightBytes: number;
                /** @description MAC-weighted mean of the MVU layers' utilisation (0..1). */
                utilization: number;
            } | null;
            error: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description Only in the answer that created them or regenerated one */
            keys?: {
                primary?: string;
                secondary?: string;
            };
            log?: {
                /** @description The line's row id in the studio's log table; a later line has a higher id. */
                id: number;
                /** @description ISO 8601 */
                at: string;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
            links: {
                self: string;
                score: string;
                keys: string;
            };
        };
        ServiceScore: {
            /**
             * @description The model's task: a classifier answers `top`, a detector `detections` (with `top` empty).
             * @enum {string}
             */
            task: "classification" | "detection";
            model: {
                name: string;
                version: number;
                /** @description sha256 of the model file, lowercase hex. */
                digest: string;
            };
            /** @description The most likely classes, best first (topK, 5 by default); empty for a detector. */
            top: {
                /** @description The class index in the model's output. */
                index: number;
                /** @description The class name; "class <index>" when no label file was found. */
                label: string;
                probability: number;
            }[];
            /** @description Detectors only: the boxes kept after the score threshold and non-maximum suppression, best first. */
            detections?: {
                /** @description The COCO category id (1–90, as in coco-labels.json). */
                classId: number;
                /** @description The category name; "class <id>" when no label file was found. */
                label: string;
                /** @description The box's best class score, 0–1. */
                score: number;
                /** @description Left, top, width and height in the original image's pixels (upright, after EXIF rotation). */
                box: {
                    x: number;
                    y: number;
                    width: number;
                    height: number;
                };
            }[];
            /** @description Detectors only: the parameters applied (the request's, the defaults filling the rest). */
            detectionSettings?: {
                /** @description Boxes scoring below this were dropped. */
                scoreThreshold: number;
                /** @description A box overlapping a better kept one by more than this intersection-over-union was dropped. */
                iouThreshold: number;
                maxDetections: number;
                /** @description Suppression only within a class (true) or across classes (false). */
                isPerClass: boolean;
            };
            input: {
                /** @description The decoded image format (as sharp names it), or "tensor". */
                format: string;
                width: number;
                height: number;
            };
            preprocessing: {
                /** @enum {string} */
                code: "P1" | "P2" | "P4" | "P5" | "P6" | "caffe2" | "ssd-300";
                /** @description true when the model carries no preprocessing and the default (P1) is assumed. */
                isAssumed: boolean;
            };
            timings: {
                /** @description 0 when the client sent a tensor. */
                decodeMs: number;
                /** @description 0 when the client sent a tensor. */
                preprocessMs: number;
                /** @description Waiting for a batch to form and run (a service with dynamic batching); 0 unbatched. */
                queueMs: number;
                /** @description The one CPU run this request took part in; when batched, the whole batch's run. */
                inferenceMs: number;
                postprocessMs: number;
                /** @description Wall time of the engine call, including a first call's session creation. */
                totalMs: number;
                /** @description Requests that CPU run scored together: 1 unless the service batches (maxBatchSize). The simulated FPGA latency is always one image's: the FPGA design runs batch 1. */
                batchSize: number;
                /** @description Reading the body and looking up the model. */
                receiveMs: number;
                /** @description Planning the NPU simulation: only a model's first request pays it (cached). */
                simulateMs: number;
                /** @description Receipt of the request to the reply on the worker; ≥ totalMs. */
                serverMs: number;
            };
            /** @description One per device profile asked for (?profiles=, all by default); a service's answer has only its deployment's profile. */
            simulated: {
                /** @enum {string} */
                profile: "stratix10-brainwave" | "arria10-pb6";
                /** @enum {string} */
                precision: "ms-fp8" | "ms-fp9" | "fp16";
                totalMs: number;
                deviceMs: number;
                hostMs: number;
                transferInMs: number;
                transferOutMs: number;
                /** @description Hand-offs between the FPGAs a deployment spreads the model over: (fpgas − 1) × partitionHandoffUs. */
                partitionHandoffMs: number;
                /** @description Stalls of the NPU waiting for weights streamed from DDR, over its compute. */
                weightStreamMs: number;
                /** @description MAC-weighted mean of the MVU layers' utilisation. */
                utilization: number;
                /** @description 2 FLOPs per MAC over the device time, weight-stream stalls included: comparable with Brainwave's published TFLOPS when the weights are pinned. */
                effectiveTflops: number;
                /** @description FPGAs the deployment spreads the model over (1 by default). */
                fpgas: number;
                /** @description The same as fpgas: kept for readers of the earlier field. */
                partitions: number;
                /**
                 * @description pinned: one FPGA holds all weights on chip; streamed: one FPGA, the excess streams from DDR; partitioned: spread over several FPGAs.
                 * @enum {string}
                 */
                weightPlacement: "pinned" | "streamed" | "partitioned";
                /** @description True when some weights are fetched from DDR on every request, whatever weightPlacement says. */
                streamsWeights: boolean;
                /** @description parameterCount × bytes per element at the simulated precision; not a whole number at ms-fp9. */
                weightBytes: number;
                pinnedWeightBytes: number;
                streamedWeightBytes: number;
                placement: {
                    npuOps: number;
                    hostOps: number;
                    foldedOps: number;
                    hostOpTypes: string[];
                };
            }[];
            service: {
                name: string;
                /** @description The compute node that scored the request. */
                node: string;
            };
        };
        ServiceLatency: {
            service: string;
            /** @enum {string} */
            window: "1h" | "24h" | "7d";
            /** @description 60 for 1h, 900 for 24h, 7200 for 7d */
            stepSeconds: number;
            from: string;
            /** @description The end of the step holding the current minute */
            to: string;
            /** @description Neighbouring histogram bounds differ by this fraction: the worst relative error of a percentile */
            bucketRelativeWidth: number;
            /** @description The whole window */
            overall: {
                requests: number;
                errors: number;
                /** @description Requests over the time elapsed in the step (the current one is still filling) */
                requestsPerSecond: number;
                /** @description errors / requests; null without requests */
                errorRate: number | null;
                /** @description Measured on the node (server time); null when no request succeeded */
                measuredMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                } | null;
                /** @description The simulated FPGA latency of the same requests; null when no request succeeded */
                simulatedMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                } | null;
            };
            /** @description One per step, oldest first, steps without requests included */
            points: {
                requests: number;
                errors: number;
                /** @description Requests over the time elapsed in the step (the current one is still filling) */
                requestsPerSecond: number;
                /** @description errors / requests; null without requests */
                errorRate: number | null;
                /** @description Measured on the node (server time); null when no request succeeded */
                measuredMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                } | null;
                /** @description The simulated FPGA latency of the same requests; null when no request succeeded */
                simulatedMs: {
                    p50: number;
                    p95: number;
                    p99: number;
                } | null;
                start: string;
            }[];
        };
        CapacityPlan: {
            model: {
                name: string;
                version: number;
            };
            /** @enum {string} */
            profile: "stratix10-brainwave" | "arria10-pb6";
            /** @enum {string} */
            precision: "ms-fp8" | "ms-fp9" | "fp16";
            fpgasPerReplica: number;
            target: {
                rps: number;
                p99Ms: number;
            };
            queueingModel: {
                /** @enum {string} */
                name: "M/G/c";
                description: string;
                sources: string[];
            };
            /** @description One replica's service time: measured host overhead plus simulated FPGA time */
            serviceTime: {
                meanMs: number;
                p50Ms: number;
                p99Ms: number;
                /** @description Var/mean² of the service time (Cs²) */
                scv: number;
                /** @description One request's FPGA time on the profile, computed by the simulator, never measured */
                device: {
                    /** @enum {string} */
                    source: "simulated";
                    /** @description All of it, ms */
                    totalMs: number;
                    /** @description Input over PCIe, ms */
                    transferInMs: number;
                    /** @description The NPU's compute, ms */
                    deviceMs: number;
                    /** @description Stalls on weights streamed from DDR, ms */
                    weightStreamMs: number;
                    /** @description Layers the converted model runs on the host CPU (its classifier head), as simulated, ms */
                    hostLayersMs: number;
                    /** @description Output over PCIe, ms */
                    transferOutMs: number;
                    /** @description Hand-offs between the FPGAs of one replica, ms */
                    partitionHandoffMs: number;
                };
                /** @description One request's host work, measured by scoring the calibration images one at a time on a live node */
                host: {
                    /** @enum {string} */
                    source: "measured";
                    /** @description Mean host overhead, ms */
                    meanMs: number;
                    /** @description 99th percentile of the host overhead, ms */
                    p99Ms: number;
                    /** @description Mean image decode, ms */
                    decodeMs: number;
                    /** @description Mean resize, crop and normalisation, ms */
                    preprocessMs: number;
                    /** @description Mean softmax and top-k, ms */
                    postprocessMs: number;
                    /** @description Mean hop from the front end to the node and back, ms */
                    transferMs: number;
                    /** @description Mean of the rest: reading the request, the inference thread's hand-off, the answer, ms */
                    otherMs: number;
                    /** @description Mean CPU inference on the node, left out (the FPGA does this work), ms */
                    cpuInferenceMs: number;
                    samples: number;
                    images: number;
                    measuredAt: string;
                };
            };
            /** @description The fewest replicas meeting both targets */
            replicas: number;
            /** @description replicas × fpgasPerReplica */
            fpgas: number;
            /** @description Standard_PB6s nodes, one Arria 10 each */
            nodes: number;
            /** @description nodes × 6, against the Standard PBS Family vCPUs quota */
            vcpus: number;
            predicted: {
                /** @description 0..1, each replica's busy share */
                utilization: number;
                /** @description P(a request waits): Erlang C */
                waitProbability: number;
                meanWaitMs: number;
                p50Ms: number;
                p99Ms: number;
                /** @description The most req/s these replicas carry at all (utilisation 1) */
                capacityRps: number;
            };
            quota: {
                /** @enum {string} */
                family: "Standard PBS Family vCPUs";
                vcpusNeeded: number;
                regions: {
                    /** @enum {string} */
                    region: "eastus" | "westus2" | "westeurope" | "southeastasia";
                    limit: number;
                    used: number;
                    free: number;
                    fits: boolean;
                }[];
            };
            assumptions: string[];
        };
        ApiToken: {
            id: string;
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /** @description The secret's first characters, to recognise it */
            prefix: string;
            /** @description The token ACCEL_ADMIN_TOKEN provides */
            fromEnv: boolean;
            createdBy: string;
            /** @description ISO 8601 */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @enum {string} */
            state: "active" | "expired" | "revoked";
        };
        CreatedToken: {
            id: string;
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /** @description The secret's first characters, to recognise it */
            prefix: string;
            /** @description The token ACCEL_ADMIN_TOKEN provides */
            fromEnv: boolean;
            createdBy: string;
            /** @description ISO 8601 */
            createdAt: string;
            expiresAt: string | null;
            lastUsedAt: string | null;
            revokedAt: string | null;
            /** @enum {string} */
            state: "active" | "expired" | "revoked";
            /** @description The token itself: in this answer and nowhere else */
            secret: string;
        };
        AuditPage: {
            items: {
                id: number;
                /** @description ISO 8601 */
                at: string;
                /** @description The token's name, or "local" */
                actor: string;
                tokenId: string | null;
                method: string;
                path: string;
                status: number;
                requestId: string;
                ip: string | null;
            }[];
            /** @description Pass as `before` for the next, older page */
            next: number | null;
        };
        SignedIn: {
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            expiresAt: string;
            /** @enum {string} */
            authMode: "local" | "token";
        };
        Session: {
            name: string;
            /** @enum {string} */
            scope: "read" | "write" | "admin";
            /** @enum {string} */
            via: "bearer" | "session" | "local";
            /** @enum {string} */
            authMode: "local" | "token";
        };
        AzureWorkspaceList: {
            items: {
                id: string;
                subscriptionId: string;
                resourceGroup: string;
                workspaceName: string;
                tenantId: string | null;
                authorityHost: string | null;
                location: string | null;
                linkedBy: string;
                createdAt: string;
                /** @description The workspace in Azure ML studio */
                portalUrl: string;
                links: {
                    self: string;
                    models: string;
                };
            }[];
        };
        AzureWorkspace: {
            id: string;
            subscriptionId: string;
            resourceGroup: string;
            workspaceName: string;
            tenantId: string | null;
            authorityHost: string | null;
            location: string | null;
            linkedBy: string;
            createdAt: string;
            /** @description The workspace in Azure ML studio */
            portalUrl: string;
            links: {
                self: string;
                models: string;
            };
        };
        AzureModelPage: {
            items: {
                name: string;
                latestVersion: string | null;
                description: string | null;
                tags: {
                    [key: string]: string;
                };
            }[];
            /** @description Pass as pageToken for the next page; null on the last */
            nextPageToken: string | null;
        };
        AzureModelVersionPage: {
            items: {
                name: string;
                version: string;
                /** @description custom_model, mlflow_model, triton_model, … */
                type: string | null;
                description: string | null;
                tags: {
                    [key: string]: string;
                };
                createdAt: string | null;
                modelUri: string | null;
                /** @description The version's Azure resource id */
                assetId: string | null;
            }[];
            /** @description Pass as pageToken for the next page; null on the last */
            nextPageToken: string | null;
        };
        AzureTransfer: {
            id: string;
            /** @enum {string} */
            kind: "import" | "publish";
            /** @enum {string} */
            state: "Queued" | "Running" | "Succeeded" | "Failed";
            workspace: {
                id: string;
                workspaceName: string;
                portalUrl: string;
            };
            azureModel: {
                name: string;
                /** @description A publish learns its version when it runs */
                version: string | null;
                assetId: string | null;
                modelUri: string | null;
                portalUrl: string | null;
            };
            /** @description The local model: what an import registered, what a publish sends */
            model: {
                id: string;
                name: string;
                version: number;
            } | null;
            /** @description sha256 of the file a publish sends */
            digest: string | null;
            bytesDone: number;
            bytesTotal: number;
            /** @description 0..1, for progress bars; 1 once Succeeded */
            progress: number;
            error: string | null;
            requestedBy: string;
            createdAt: string;
            finishedAt: string | null;
            links: {
                self: string;
                workspace: string;
            };
            /** @description The transfer's log, oldest first */
            log: {
                /** @description The line's row id in the studio's log table; a later line has a higher id. */
                id: number;
                /** @description ISO 8601 */
                at: string;
                /** @enum {string} */
                level: "debug" | "info" | "warn" | "error";
                message: string;
            }[];
        };
        AzureTransferList: {
            items: {
                id: string;
                /** @enum {string} */
                kind: "import" | "publish";
                /** @enum {string} */
                state: "Queued" | "Running" | "Succeeded" | "Failed";
                workspace: {
                    id: string;
                    workspaceName: string;
                    portalUrl: string;
                };
                azureModel: {
                    name: string;
                    /** @description A publish learns its version when it runs */
                    version: string | null;
                    assetId: string | null;
                    modelUri: string | null;
                    portalUrl: string | null;
                };
                /** @description The local model: what an import registered, what a publish sends */
                model: {
                    id: string;
                    name: string;
                    version: number;
                } | null;
                /** @description sha256 of the file a publish sends */
                digest: string | null;
                bytesDone: number;
                bytesTotal: number;
                /** @description 0..1, for progress bars; 1 once Succeeded */
                progress: number;
                error: string | null;
                requestedBy: string;
                createdAt: string;
                finishedAt: string | null;
                links: {
                    self: string;
                    workspace: string;
                };
            }[];
        };
        Health: {
            /**
             * @description down when the database is; degraded when another check is down.
             * @enum {string}
             */
            status: "ok" | "degraded" | "down";
            checks: {
                database: {
                    /** @enum {string} */
                    status: "ok";
                    /** @description Round trip of a trivial query. */
                    latencyMs: number;
                    /** @description The Postgres server version. */
                    version: string;
                } | {
                    /** @enum {string} */
                    status: "down";
                    /** @description The first line of the connection error. */
                    error: string;
                };
                migrations: {
                    /**
                     * @description down while any migration is pending.
                     * @enum {string}
                     */
                    status: "ok" | "down";
                    applied: number;
                    /** @description Migration names not yet applied. */
                    pending: string[];
                    /** @description The newest migration this build ships. */
                    latest: string | null;
                } | {
                    /** @enum {string} */
                    status: "down";
                };
                workers: {
                    /**
                     * @description down when no live worker hosts scoring.
                     * @enum {string}
                     */
                    status: "ok" | "down";
                    /** @description Live workers that host scoring. */
                    live: number;
                    nodes: {
                        id: string;
                        hostname: string;
                        pid: number;
                        /** @description Its heartbeat is recent and, if it hosts scoring, its host answers. */
                        isLive: boolean;
                        /** @description ISO 8601 */
                        heartbeatAt: string;
                        /** @description It hosts a scoring endpoint. */
                        isScoring: boolean;
                    }[];
                } | {
                    /** @enum {string} */
                    status: "down";
                };
                web: {
                    /**
                     * @description The process answering is one; the list is for the operator.
                     * @enum {string}
                     */
                    status: "ok";
                    /** @description Web processes with a recent heartbeat. */
                    live: number;
                    processes: {
                        id: string;
                        hostname: string;
                        pid: number;
                        /** @description Where it listens, as configured. */
                        url: string;
                        /** @description Its heartbeat (every 10 s) is recent. */
                        isLive: boolean;
                        /** @description ISO 8601 */
                        heartbeatAt: string;
                        /** @description ISO 8601 */
                        startedAt: string;
                    }[];
                } | {
                    /** @enum {string} */
                    status: "down";
                };
                jobs: {
                    /** @enum {string} */
                    status: "ok";
                    queued: number;
                    running: number;
                    /** @description Jobs that used up their attempts. */
                    failed: number;
                } | {
                    /** @enum {string} */
                    status: "down";
                };
            };
            /** @description ISO 8601 */
            time: string;
        };
        DeviceProfileList: {
            items: {
                /** @enum {string} */
                id: "stratix10-brainwave" | "arria10-pb6";
                name: string;
                description: string;
                parameters: {
                    tileEngines: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    nativeDimension: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    lanes: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    /** @description The headline MAC count; tileEngines × nativeDimension × lanes equals it. */
                    macUnits: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    clockMhz: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    /** @description The profile's native numerics. */
                    numerics: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        /** @enum {string} */
                        value: "ms-fp8" | "ms-fp9" | "fp16";
                    };
                    vectorElementsPerCycle: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    mvuFillCycles: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    vectorFillCycles: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    onChipMemoryMbit: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    weightMemoryFraction: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    pcieLinkGBps: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    pcieEfficiency: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    pcieLatencyUs: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    partitionHandoffUs: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    ddrBandwidthGBps: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    ddrEfficiency: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    hostElementsPerSecond: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                    hostOpOverheadUs: {
                        label: string;
                        unit: string;
                        /** @description A citation, or "assumption: <why>" when no public source gives the figure. */
                        source: string;
                        value: number;
                    };
                };
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
