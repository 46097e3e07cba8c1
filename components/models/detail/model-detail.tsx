import Link from "next/link";
import { AzureSourcePanel } from "@/components/azure/azure-source-panel";
import { ModelAzurePanel } from "@/components/azure/model-azure-panel";
import { buttonClasses } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { modelHref } from "../models-table";
import { readGraph } from "../read-graph";
import type { ModelPageData } from "./load-model-page";
import { DeleteModelButton } from "./delete-model-button";
import { DescriptionEditor } from "./description-editor";
import { GraphSummary } from "./graph-summary";
import { ModelFacts } from "./model-facts";
import { TagsEditor } from "./tags-editor";
import { ConvertToOnnxPanel } from "./tensorflow/convert-to-onnx-panel";
import { TensorTable } from "./tensor-table";
import { VersionSwitcher } from "./version-switcher";
import { VersionsTable } from "./versions-table";

export function ModelDetail({ model, versions, latestVersion }: ModelPageData) {
  const encoded = encodeURIComponent(model.name);
  // Keys reset the editors' local state when another version is shown.
  const key = `${model.name}:${model.version}:${model.updatedAt}`;
  // Convert → image → service runs for ONNX models; converted ones skip the first step. A
  // TensorFlow model is translated to ONNX first, and only that ONNX model is scored and
  // converted for the FPGA.
  const isDeployable = model.framework === "onnx" || model.framework === "accel-onnx";
  const isTensorflow = model.framework === "tensorflow";
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-neutral-600">
        <Link href="/models" className="text-brand-700 hover:underline">
          Models
        </Link>{" "}
        / <span>{model.name}</span>
      </nav>
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">{model.name}</h1>
          <span className="rounded-sm bg-neutral-200 px-1.5 text-xs leading-5 text-neutral-800" data-testid="model-version">
            Version {model.version}
            {model.version === latestVersion ? " · latest" : ""}
          </span>
          {versions.length > 1 && <VersionSwitcher name={model.name} version={model.version} versions={versions.map((v) => v.version)} />}
        </div>
        <div className="flex items-center gap-2">
          {isDeployable && (
            <Link href={`${modelHref(model)}/deploy`} className={buttonClasses("primary")}>
              Deploy
            </Link>
          )}
          {model.framework === "onnx" && (
            <Link href={`/conversions?model=${encoded}&version=${model.version}`} className={buttonClasses("secondary")}>
              Convert
            </Link>
          )}
          {isTensorflow && (
            <a href="#convert-onnx" className={buttonClasses("primary")}>
              Convert to ONNX
            </a>
          )}
          {model.framework === "accel-onnx" && (
            <Link href={`/images?model=${encoded}&version=${model.version}`} className={buttonClasses("secondary")}>
              Build image
            </Link>
          )}
          {!isTensorflow && (
            <Link href={`/score?model=${encoded}&version=${model.version}`} className={buttonClasses("secondary")}>
              Score images
            </Link>
          )}
          <a href={model.links.download} download={model.fileName} className={buttonClasses("secondary")}>
            Download
          </a>
          <Link href={`/models/upload?name=${encoded}`} className={buttonClasses("secondary")}>
            Upload new version
          </Link>
          <DeleteModelButton name={model.name} version={model.version} hasOtherVersions={versions.length > 1} />
        </div>
      </header>

      <ModelFacts model={model} />

      {model.azureSource && <AzureSourcePanel source={model.azureSource} />}

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Description">
          <DescriptionEditor key={key} name={model.name} version={model.version} description={model.description} />
        </Section>
        <Section title="Tags">
          <TagsEditor key={key} name={model.name} version={model.version} tags={model.tags} />
        </Section>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <Section title="Inputs" id="inputs">
          <TensorTable label="Inputs" tensors={model.inputs} />
        </Section>
        <Section title="Outputs" id="outputs">
          <TensorTable label="Outputs" tensors={model.outputs} />
        </Section>
      </div>

      <Section title={isTensorflow ? "TensorFlow graph summary" : "Graph summary"} id="graph">
        <GraphSummary graph={readGraph(model.graph)} />
      </Section>

      {isTensorflow && <ConvertToOnnxPanel key={key} model={model} />}

      <ModelAzurePanel key={model.id} model={{ id: model.id, name: model.name, version: model.version }} />

      <Section title={`Versions (${versions.length})`} id="versions">
        <VersionsTable versions={versions} current={model.version} />
      </Section>
    </div>
  );
}
