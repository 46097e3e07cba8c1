"use client";

import dynamic from "next/dynamic";
import "swagger-ui-react/swagger-ui.css";
import { csrfHeaders } from "@/lib/client/csrf-headers";

// Swagger UI draws the OpenAPI document the API serves (not a copy), and its "Try it out"
// calls go through the signed-in session like the rest of the studio: the browser sends
// the cookie, and this adds the CSRF token a change needs. Loaded in the browser only:
// it touches `window` as it starts.
const SwaggerUI = dynamic(() => import("swagger-ui-react"), { ssr: false, loading: () => <p className="text-sm text-neutral-600">Loading the API reference…</p> });

export function ApiReference() {
  return (
    <div className="rounded-sm border border-neutral-200 bg-white" data-testid="api-reference">
      <SwaggerUI
        url="/api/v1/openapi.json"
        docExpansion="list"
        defaultModelsExpandDepth={0}
        requestInterceptor={(request) => {
          Object.assign(request.headers as Record<string, string>, csrfHeaders());
          return request;
        }}
      />
    </div>
  );
}
