// An image's place in a registry, as `docker pull` and skopeo write it:
//   <host[:port]>/<repository>:<tag>@sha256:<hex>
// The digest pins the manifest the studio built, so a node pulls exactly that image
// even if the tag was moved since.

export type RegistryReference = { host: string; repository: string; tag: string; digest: string };

export function formatRegistryReference(reference: RegistryReference): string {
  return `${reference.host}/${reference.repository}:${reference.tag}@${reference.digest}`;
}

const REFERENCE = /^([^/]+)\/([a-z0-9._/-]+):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})@(sha256:[0-9a-f]{64})$/;

export function parseRegistryReference(text: string): RegistryReference | null {
  const match = REFERENCE.exec(text);
  return match ? { host: match[1], repository: match[2], tag: match[3], digest: match[4] } : null;
}
