import type { Metadata } from "next";
import Link from "next/link";
import { loadModelPage } from "@/components/models/detail/load-model-page";
import { modelHref } from "@/components/models/models-table";
import { DeployWizard } from "@/components/pipeline/deploy/deploy-wizard";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";

export const dynamic = "force-dynamic";

type Params = Promise<{ name: string; version: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name, version } = await params;
  return { title: `Deploy ${name}:${version}` };
}

/** Convert → image → (compute) → service in one go, from a model version. */
export default async function DeployModelPage({ params }: { params: Params }) {
  const { name, version } = await params;
  const { model } = await loadModelPage({ name, version });
  const isDeployable = model.framework === "onnx" || model.framework === "accel-onnx";
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-neutral-600">
        <Link href="/models" className="text-brand-700 hover:underline">
          Models
        </Link>{" "}
        /{" "}
        <Link href={modelHref(model)} className="text-brand-700 hover:underline">
          {model.name}:{model.version}
        </Link>{" "}
        / <span>Deploy</span>
      </nav>
      <PageHeader
        title={`Deploy ${model.name}:${model.version}`}
        description={
          model.framework === "accel-onnx"
            ? "Build an image of this converted model and deploy it as a web service on FPGA compute, creating the compute when none has a free FPGA."
            : "Convert this model for the FPGA, build its image and deploy it as a web service on FPGA compute, creating the compute when none has a free FPGA."
        }
      />
      {isDeployable ? (
        <DeployWizard model={{ name: model.name, version: model.version, framework: model.framework, inputs: model.inputs, outputs: model.outputs }} />
      ) : (
        <Alert tone="warning" title="This model cannot be deployed">
          Only onnx and accel-onnx models can be converted and deployed; this one is {model.framework}.
        </Alert>
      )}
    </>
  );
}
