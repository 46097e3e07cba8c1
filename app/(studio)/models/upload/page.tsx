import type { Metadata } from "next";
import { ModelUploadForm } from "@/components/models/upload/model-upload-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Upload model" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UploadModelPage({ searchParams }: { searchParams: SearchParams }) {
  const { name } = await searchParams;
  const initialName = typeof name === "string" ? name : "";
  return (
    <>
      <PageHeader
        title={initialName ? `Upload a new version of ${initialName}` : "Upload model"}
        description="Register an image classifier or detector: an ONNX file, a frozen TensorFlow GraphDef (.pb), or a TensorFlow.js graph model folder. The studio reads its inputs, outputs and graph (operators, parameters, MACs); uploading again under the same name adds a version."
      />
      <ModelUploadForm initialName={initialName} />
    </>
  );
}
