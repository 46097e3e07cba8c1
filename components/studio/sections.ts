import type { ComponentType, SVGProps } from "react";
import { ComputeIcon, ConversionsIcon, ImagesIcon, ModelsIcon, ScoreIcon, ServicesIcon, SettingsIcon } from "@/components/ui/icons";
import { BookIcon, CloudIcon } from "@/components/ui/more-icons";

export type StudioSection = {
  href: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement> & { size?: number }>;
  /** What the section does, shown while it is not built yet (see ARCHITECTURE.md's workflow). */
  summary: string;
};

// The studio's sections in the order of the workflow: register → convert → build image →
// provision compute → deploy → score; then the exchange with Azure ML, and settings.
export const STUDIO_SECTIONS: StudioSection[] = [
  {
    href: "/models",
    label: "Models",
    icon: ModelsIcon,
    summary: "Register ONNX models by upload or from the catalog, and inspect their inputs, outputs and graph.",
  },
  {
    href: "/conversions",
    label: "Conversions",
    icon: ConversionsIcon,
    summary:
      "Convert a registered model to run on the FPGA (ms-fp8/ms-fp9, fp16 or fp32), with live progress, a log and an accuracy report against the original model.",
  },
  {
    href: "/images",
    label: "Images",
    icon: ImagesIcon,
    summary:
      "Package one converted model into a deployable FPGA image (an OCI image with the model, its preprocessing and labels), and follow the build log.",
  },
  {
    href: "/compute",
    label: "Compute",
    icon: ComputeIcon,
    summary:
      "Provision FPGA compute (Standard_PB6s: 6 vCPUs and one Arria 10 FPGA per node) in a region, within its quota of PBS-family vCPUs.",
  },
  {
    href: "/services",
    label: "Services",
    icon: ServicesIcon,
    summary:
      "Deploy an image to FPGA compute as a web service with REST and gRPC scoring endpoints, keys, replicas and health.",
  },
  {
    href: "/score",
    label: "Score",
    icon: ScoreIcon,
    summary:
      "Drop images on a registered model and see its top-5 labels, the measured CPU time and the simulated FPGA latency.",
  },
  {
    href: "/azure",
    label: "Azure ML",
    icon: CloudIcon,
    summary: "Import model versions from linked Azure Machine Learning workspaces, and publish registered models to them.",
  },
  {
    href: "/settings",
    label: "Settings",
    icon: SettingsIcon,
    summary: "The studio's database, migrations, workers and job queue.",
  },
];

export type StudioDocLink = Omit<StudioSection, "summary">;

// Reference pages, listed under the sections.
export const STUDIO_DOC_LINKS: StudioDocLink[] = [
  { href: "/docs/fpga", label: "FPGA simulator", icon: BookIcon },
  { href: "/docs/api", label: "API reference", icon: BookIcon },
];

export function getStudioSection(href: string): StudioSection {
  const section = STUDIO_SECTIONS.find((s) => s.href === href);
  if (!section) throw new Error(`Unknown studio section ${href}`);
  return section;
}
