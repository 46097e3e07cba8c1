// Download addresses of an ONNX Model Zoo file, in the order the loader tries them.
//
// 1. GitHub, the classic form `https://github.com/onnx/models/raw/main/<path>` (CATALOG.md);
//    GitHub answers with a redirect to its Git LFS media host, which fetch follows.
// 2. Hugging Face. The zoo announced in mid-2025 that its files moved to the
//    `onnxmodelzoo` organisation (CATALOG.md). Rule used here: one repository per file,
//    named after the file without ".onnx", holding the file at its root, e.g.
//    `onnxmodelzoo/resnet50-v1-12-int8/resolve/main/resnet50-v1-12-int8.onnx`. That is
//    the form public projects download from (seen for mobilenetv2-7, resnet50-v1-12-int8,
//    densenet-12-int8, vgg16-12-int8, ssd_mobilenet_v1_12, efficientnet-lite4-11) but
//    not confirmed against the organisation's own listing from this offline machine.
//    Whichever host answers, the file is verified against the catalog's sha256 and size.

const GITHUB_RAW = "https://github.com/onnx/models/raw/main";
const HUGGING_FACE_ORG = "https://huggingface.co/onnxmodelzoo";

export function buildZooUrls(zooPath: string): string[] {
  const fileName = zooPath.slice(zooPath.lastIndexOf("/") + 1);
  const repo = fileName.replace(/\.onnx$/, "");
  return [`${GITHUB_RAW}/${zooPath}`, `${HUGGING_FACE_ORG}/${repo}/resolve/main/${fileName}`];
}

export function fileNameOf(zooPath: string): string {
  return zooPath.slice(zooPath.lastIndexOf("/") + 1);
}
