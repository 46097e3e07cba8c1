import type { Metadata } from "next";
import { ApiReference } from "@/components/docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "API reference" };

export default function ApiReferencePage() {
  return (
    <>
      <PageHeader
        title="API reference"
        description="Every /api/v1 operation, its request and answer schemas and its errors (problem+json), from the OpenAPI 3.1 document at /api/v1/openapi.json — the one the typed client is generated from."
      />
      <ApiReference />
    </>
  );
}
