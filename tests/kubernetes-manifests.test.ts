import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Namespace } from "kubernetes-models/v1/Namespace";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Ingress } from "kubernetes-models/networking.k8s.io/v1/Ingress";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { build as esbuild } from "esbuild";
import { parseAllDocuments } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { env, setEnv, type Env } from "@/lib/env";
import { isLoopback } from "@/lib/net/is-loopback";
import { HEALTHZ_PATH } from "@/lib/serving/serve-healthz";
import { createWebListener } from "@/lib/serving/web-listener";
import { startScoringHost, type ScoringHost } from "@/worker/scoring-host";
import { prepareDatabase } from "@/deploy/docker/prepare-database";

// deploy/kubernetes and the Dockerfile, checked without a cluster or a Docker engine
// (neither runs here, ENVIRONMENT.md): the kustomization rendered as `kubectl apply -k`
// would (namespace, images, generated ConfigMap and Secret), every object validated
// against the Kubernetes OpenAPI schemas (kubernetes-models, Kubernetes 1.27), the
// objects' references to one another, each container's environment through the app's own
// lib/env.ts, the probes against the real routes, the image's invariants, and the init
// container's program compiled and run against a database.

const execFileAsync = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..");
const KUSTOMIZE_DIR = path.join(ROOT, "deploy", "kubernetes");
const COMPONENT_DIRS = ["ingress"];

type Obj = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any; data?: Record<string, string> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Container = { name: string; image: string; command?: string[]; args?: string[]; ports?: { name?: string; containerPort: number }[]; env?: EnvVar[]; envFrom?: EnvFrom[]; readinessProbe?: Probe; livenessProbe?: Probe; startupProbe?: Probe; resources?: { requests?: Record<string, string>; limits?: Record<string, string> }; volumeMounts?: { name: string; mountPath: string; readOnly?: boolean }[]; securityContext?: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type EnvVar = { name: string; value?: string; valueFrom?: { secretKeyRef?: KeyRef; configMapKeyRef?: KeyRef; fieldRef?: { fieldPath: string } } };
type KeyRef = { name: string; key: string; optional?: boolean };
type EnvFrom = { configMapRef?: { name: string; optional?: boolean }; secretRef?: { name: string; optional?: boolean } };
type Probe = { httpGet?: { path: string; port: string | number }; tcpSocket?: { port: string | number }; exec?: unknown };
type Workload = { object: Obj; podLabels: Record<string, string>; podSpec: any; containers: Container[]; initContainers: Container[] }; // eslint-disable-line @typescript-eslint/no-explicit-any

// What the rendering below understands of a kustomization; anything else must be taught here first.
const KUSTOMIZATION_FIELDS = new Set(["apiVersion", "kind", "namespace", "resources", "components", "images", "configMapGenerator", "secretGenerator"]);
const SCHEMAS: Record<string, { validate: (data: unknown) => void }> = {
  "v1/Namespace": { validate: (d) => new Namespace(d as never).validate() },
  "v1/ServiceAccount": { validate: (d) => new ServiceAccount(d as never).validate() },
  "v1/ConfigMap": { validate: (d) => new ConfigMap(d as never).validate() },
  "v1/Secret": { validate: (d) => new Secret(d as never).validate() },
  "v1/Service": { validate: (d) => new Service(d as never).validate() },
  "apps/v1/Deployment": { validate: (d) => new Deployment(d as never).validate() },
  "apps/v1/StatefulSet": { validate: (d) => new StatefulSet(d as never).validate() },
  "autoscaling/v2/HorizontalPodAutoscaler": { validate: (d) => new HorizontalPodAutoscaler(d as never).validate() },
  "policy/v1/PodDisruptionBudget": { validate: (d) => new PodDisruptionBudget(d as never).validate() },
  "networking.k8s.io/v1/Ingress": { validate: (d) => new Ingress(d as never).validate() },
};
// What the downward API gives a pod at run time, as a sample.
const FIELD_SAMPLES: Record<string, string> = { "metadata.name": "accel-worker-0", "metadata.namespace": "accel-studio", "status.podIP": "10.244.1.7" };
// The ports each process listens on, by the name its container gives them.
const LISTENS: Record<string, (e: Env) => Record<string, number>> = {
  "dist/server/web.mjs": (e) => ({ http: e.PORT }),
  "dist/server/worker.mjs": (e) => ({ http: e.WORKER_HTTP_PORT, grpc: e.WORKER_GRPC_PORT }),
  "dist/server/prepare-database.mjs": () => ({}),
};

async function readYamlObjects(file: string): Promise<Obj[]> {
  const docs = parseAllDocuments(await readFile(file, "utf8"));
  return docs.map((doc) => {
    if (doc.errors.length) throw new Error(`${path.relative(ROOT, file)}: ${doc.errors.map((e) => e.message).join("; ")}`);
    return doc.toJS() as Obj;
  }).filter(Boolean);
}

/** A kustomize env file: KEY=VALUE lines, # comments; values literal. */
async function readEnvFile(file: string): Promise<Record<string, string>> {
  const entries: [string, string][] = [];
  for (const line of (await readFile(file, "utf8")).split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`${path.relative(ROOT, file)}: not KEY=VALUE: ${line}`);
    entries.push([match[1], match[2]]);
  }
  return Object.fromEntries(entries);
}

type Rendered = { kustomization: Record<string, any>; files: string[]; objects: Obj[]; configMaps: Map<string, Record<string, string>>; secrets: Map<string, Record<string, string>> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The objects `kubectl apply -k deploy/kubernetes` would create, with the optional
 * components enabled. Generated names keep no hash suffix (kustomize rewrites the
 * references to match). secrets.env is the operator's: its example stands in.
 */
async function render(): Promise<Rendered> {
  const kustomization = (await readYamlObjects(path.join(KUSTOMIZE_DIR, "kustomization.yaml")))[0] as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const files: string[] = [...kustomization.resources];
  const objects: Obj[] = [];
  for (const file of kustomization.resources as string[]) objects.push(...(await readYamlObjects(path.join(KUSTOMIZE_DIR, file))));
  for (const component of COMPONENT_DIRS) {
    const parts = (await readYamlObjects(path.join(KUSTOMIZE_DIR, component, "kustomization.yaml")))[0] as unknown as { kind: string; resources: string[] };
    expect(parts.kind).toBe("Component");
    for (const file of parts.resources) {
      files.push(path.join(component, file));
      objects.push(...(await readYamlObjects(path.join(KUSTOMIZE_DIR, component, file))));
    }
  }
  const configMaps = new Map<string, Record<string, string>>();
  for (const generator of kustomization.configMapGenerator ?? []) {
    const data: Record<string, string> = Object.assign({}, ...(await Promise.all((generator.envs as string[]).map((f) => readEnvFile(path.join(KUSTOMIZE_DIR, f))))));
    configMaps.set(generator.name, data);
    objects.push({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: generator.name }, data });
  }
  const secrets = new Map<string, Record<string, string>>();
  for (const generator of kustomization.secretGenerator ?? []) {
    const data: Record<string, string> = Object.assign({}, ...(await Promise.all((generator.envs as string[]).map((f) => readEnvFile(path.join(KUSTOMIZE_DIR, `${f}.example`))))));
    secrets.set(generator.name, data);
    objects.push({ apiVersion: "v1", kind: "Secret", metadata: { name: generator.name }, data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v).toString("base64")])) });
  }
  for (const object of objects) {
    if (object.kind !== "Namespace" && kustomization.namespace) object.metadata.namespace = kustomization.namespace;
    for (const container of workloadOf(object)?.containersAll ?? []) {
      const image = (kustomization.images ?? []).find((i: { name: string }) => i.name === container.image);
      if (image) container.image = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ""}`;
    }
  }
  return { kustomization, files, objects, configMaps, secrets };
}

function workloadOf(object: Obj): (Workload & { containersAll: Container[] }) | undefined {
  if (object.kind !== "Deployment" && object.kind !== "StatefulSet") return undefined;
  const podSpec = object.spec.template.spec;
  const containers: Container[] = podSpec.containers ?? [];
  const initContainers: Container[] = podSpec.initContainers ?? [];
  return { object, podLabels: object.spec.template.metadata?.labels ?? {}, podSpec, containers, initContainers, containersAll: [...initContainers, ...containers] };
}
const workloads = (r: Rendered) => r.objects.map(workloadOf).filter((w): w is NonNullable<typeof w> => Boolean(w));
const matches = (selector: Record<string, string>, labels: Record<string, string>) => Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
const scriptOf = (c: Container) => [...(c.command ?? []), ...(c.args ?? [])].find((a) => a.endsWith(".mjs"));

/** The environment a container's process sees: its ConfigMaps, Secrets and own values, the downward API as samples. */
function containerEnv(r: Rendered, c: Container): Record<string, string> {
  const values: Record<string, string> = {};
  for (const from of c.envFrom ?? []) {
    const source = from.configMapRef ? r.configMaps.get(from.configMapRef.name) : from.secretRef ? r.secrets.get(from.secretRef.name) : undefined;
    Object.assign(values, source ?? {});
  }
  for (const v of c.env ?? []) {
    const ref = v.valueFrom?.secretKeyRef ?? v.valueFrom?.configMapKeyRef;
    const source = v.valueFrom?.secretKeyRef ? r.secrets.get(ref!.name) : r.configMaps.get(ref?.name ?? "");
    const value = v.value ?? (ref ? source?.[ref.key] : undefined) ?? (v.valueFrom?.fieldRef ? FIELD_SAMPLES[v.valueFrom.fieldRef.fieldPath] : undefined);
    if (value !== undefined) values[v.name] = value;
  }
  return values;
}

/** lib/env.ts's own parse of that environment, as the process would do it at start. */
function parseAppEnv(values: Record<string, string>): Env {
  const saved = { ...process.env };
  try {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, values);
    setEnv({}); // forget the cached parse
    return env();
  } finally {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
    setEnv({});
  }
}

/** Every broken rule among the objects, as readable lines (empty: all good). */
function checkObjects(r: Rendered): string[] {
  const problems: string[] = [];
  const byKind = (kind: string) => r.objects.filter((o) => o.kind === kind);
  const pods = workloads(r);
  for (const object of r.objects) {
    const schema = SCHEMAS[`${object.apiVersion}/${object.kind}`];
    if (!schema) problems.push(`${object.kind} ${object.metadata?.name}: no schema known for ${object.apiVersion}/${object.kind}`);
    else {
      try {
        schema.validate(object);
      } catch (error) {
        problems.push(`${object.kind} ${object.metadata.name}: ${(error as Error).message}`);
      }
    }
  }
  for (const service of byKind("Service")) {
    const selected = pods.filter((w) => matches(service.spec.selector ?? {}, w.podLabels));
    if (!selected.length) problems.push(`Service ${service.metadata.name} selects no pods`);
    for (const port of service.spec.ports) {
      const target = port.targetPort ?? port.port;
      for (const w of selected) {
        if (!w.containers.some((c) => c.ports?.some((p) => p.name === target || p.containerPort === target))) problems.push(`Service ${service.metadata.name} port ${port.name}: ${w.object.metadata.name} has no container port ${target}`);
      }
    }
  }
  for (const w of pods) {
    if (!matches(w.object.spec.selector.matchLabels, w.podLabels)) problems.push(`${w.object.kind} ${w.object.metadata.name}: its selector does not match its pod labels`);
    if (w.podSpec.serviceAccountName && !byKind("ServiceAccount").some((s) => s.metadata.name === w.podSpec.serviceAccountName)) problems.push(`${w.object.metadata.name}: no ServiceAccount ${w.podSpec.serviceAccountName}`);
    for (const volume of w.podSpec.volumes ?? []) {
      if (volume.configMap && !volume.configMap.optional && !r.configMaps.has(volume.configMap.name)) problems.push(`${w.object.metadata.name}: volume ${volume.name} needs ConfigMap ${volume.configMap.name}`);
      if (volume.secret && !volume.secret.optional && !r.secrets.has(volume.secret.secretName)) problems.push(`${w.object.metadata.name}: volume ${volume.name} needs Secret ${volume.secret.secretName}`);
    }
  }
  for (const set of byKind("StatefulSet")) {
    const headless = byKind("Service").find((s) => s.metadata.name === set.spec.serviceName);
    if (!headless || headless.spec.clusterIP !== "None" || !matches(headless.spec.selector, set.spec.template.metadata.labels)) problems.push(`StatefulSet ${set.metadata.name}: serviceName ${set.spec.serviceName} is not a headless Service of its pods`);
  }
  for (const budget of byKind("PodDisruptionBudget")) {
    if (!pods.some((w) => matches(budget.spec.selector.matchLabels, w.podLabels))) problems.push(`PodDisruptionBudget ${budget.metadata.name} selects no pods`);
  }
  for (const hpa of byKind("HorizontalPodAutoscaler")) {
    const target = hpa.spec.scaleTargetRef;
    const scaled = pods.find((w) => w.object.kind === target.kind && w.object.metadata.name === target.name && w.object.apiVersion === target.apiVersion);
    if (!scaled) problems.push(`HorizontalPodAutoscaler ${hpa.metadata.name}: no ${target.kind} ${target.name}`);
    // A CPU utilization target is a share of the request: without one the HPA cannot act.
    else if (scaled.containers.some((c) => !c.resources?.requests?.cpu)) problems.push(`HorizontalPodAutoscaler ${hpa.metadata.name}: ${target.name} has a container without a CPU request`);
    if (hpa.spec.minReplicas < 2) problems.push(`HorizontalPodAutoscaler ${hpa.metadata.name}: fewer than 2 replicas`);
  }
  for (const ingress of byKind("Ingress")) {
    for (const rule of ingress.spec.rules) {
      for (const p of rule.http.paths) {
        const service = byKind("Service").find((s) => s.metadata.name === p.backend.service.name);
        const port = p.backend.service.port;
        if (!service?.spec.ports.some((sp: { name: string; port: number }) => sp.name === port.name || sp.port === port.number)) problems.push(`Ingress ${ingress.metadata.name}: no Service port ${p.backend.service.name}:${port.name ?? port.number}`);
      }
    }
  }
  for (const w of pods) problems.push(...checkContainers(r, w));
  return problems;
}

function checkContainers(r: Rendered, w: Workload): string[] {
  const problems: string[] = [];
  const where = (c: Container) => `${w.object.metadata.name}/${c.name}`;
  const pod = w.podSpec.securityContext ?? {};
  if (pod.runAsNonRoot !== true || !(pod.runAsUser > 0) || pod.seccompProfile?.type !== "RuntimeDefault") problems.push(`${w.object.metadata.name}: the pod must run as a non-root user with the RuntimeDefault seccomp profile`);
  for (const c of [...w.initContainers, ...w.containers]) {
    const isInit = w.initContainers.includes(c);
    const script = scriptOf(c);
    if (c.command?.[0] !== "node" || !script || !LISTENS[script]) problems.push(`${where(c)}: runs ${JSON.stringify(c.command)}, not one of the image's entry points ${Object.keys(LISTENS).join(", ")}`);
    if ([...(c.command ?? []), ...(c.args ?? [])].join(" ").match(/\bnpm\b|studio\.mjs|start\.mjs/)) problems.push(`${where(c)}: the launcher (npm start) has no place in a cluster`);
    if (!c.resources?.requests?.cpu || !c.resources.requests.memory || !c.resources.limits?.memory) problems.push(`${where(c)}: needs CPU and memory requests and a memory limit`);
    const sc = c.securityContext ?? {};
    if (sc.allowPrivilegeEscalation !== false || !sc.capabilities?.drop?.includes("ALL") || sc.readOnlyRootFilesystem !== true) problems.push(`${where(c)}: must drop all capabilities, forbid privilege escalation and keep the image read-only`);
    // Every reference names something that exists (a required key missing stops the pod).
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef && !r.configMaps.has(from.configMapRef.name) && !from.configMapRef.optional) problems.push(`${where(c)}: no ConfigMap ${from.configMapRef.name}`);
      if (from.secretRef && !r.secrets.has(from.secretRef.name) && !from.secretRef.optional) problems.push(`${where(c)}: no Secret ${from.secretRef.name}`);
    }
    for (const v of c.env ?? []) {
      const secretRef = v.valueFrom?.secretKeyRef;
      const configRef = v.valueFrom?.configMapKeyRef;
      if (secretRef && !(secretRef.key in (r.secrets.get(secretRef.name) ?? {}))) problems.push(`${where(c)}: ${v.name} names key ${secretRef.key} of Secret ${secretRef.name}, which its example does not define`);
      if (configRef && !(configRef.key in (r.configMaps.get(configRef.name) ?? {}))) problems.push(`${where(c)}: ${v.name} names key ${configRef.key} of ConfigMap ${configRef.name}, which it does not define`);
      if (v.valueFrom?.fieldRef && !(v.valueFrom.fieldRef.fieldPath in FIELD_SAMPLES)) problems.push(`${where(c)}: ${v.name} reads ${v.valueFrom.fieldRef.fieldPath}; add a sample for it here`);
      if (v.value !== undefined && /SECRET|TOKEN|PASSWORD|DATABASE_URL|CONNECTION_STRING/.test(v.name)) problems.push(`${where(c)}: ${v.name} is written in the manifest; take it from the Secret`);
    }
    let parsed: Env;
    try {
      parsed = parseAppEnv(containerEnv(r, c));
    } catch (error) {
      problems.push(`${where(c)}: lib/env.ts refuses its environment: ${(error as Error).message}`);
      continue;
    }
    // Beyond loopback, anyone who reaches the port could change everything (server/studio.ts).
    if ((!isLoopback(parsed.HOST) || !isLoopback(parsed.WORKER_HOST)) && parsed.AUTH_MODE !== "token") problems.push(`${where(c)}: HOST=${parsed.HOST} WORKER_HOST=${parsed.WORKER_HOST} listen beyond loopback without AUTH_MODE=token`);
    if (isInit || !script || !LISTENS[script]) continue;
    // The image is read-only: every folder the process writes or reads must be a volume.
    const mounts = c.volumeMounts ?? [];
    for (const m of mounts) if (!(w.podSpec.volumes ?? []).some((v: { name: string }) => v.name === m.name)) problems.push(`${where(c)}: mounts ${m.name}, which the pod does not define`);
    const mountOf = (dir: string) => mounts.filter((m) => dir === m.mountPath || dir.startsWith(`${m.mountPath}/`)).sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
    const folders: [string, string | undefined, boolean][] = [["DATA_DIR", parsed.DATA_DIR, true], ["ARTIFACT_DIR", parsed.ARTIFACT_DIR, true], ["temp folder", "/tmp", true], ["LABELS_DIR", parsed.LABELS_DIR, false], ["CALIBRATION_IMAGES_DIR", parsed.CALIBRATION_IMAGES_DIR, false]];
    for (const [name, dir, isWritten] of folders) {
      if (!dir) continue;
      const mount = mountOf(dir);
      if (!mount || (isWritten && mount.readOnly)) problems.push(`${where(c)}: ${name} ${dir} is not on a ${isWritten ? "writable " : ""}volume`);
    }
    const listens = LISTENS[script](parsed);
    const ports = Object.fromEntries((c.ports ?? []).map((p) => [p.name ?? "", p.containerPort]));
    if (JSON.stringify(ports, Object.keys(ports).sort()) !== JSON.stringify(listens, Object.keys(listens).sort())) problems.push(`${where(c)}: container ports ${JSON.stringify(ports)} are not what the process listens on, ${JSON.stringify(listens)}`);
    for (const kind of ["readinessProbe", "livenessProbe"] as const) {
      if (!c[kind]) problems.push(`${where(c)}: no ${kind}`);
    }
    for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe].filter(Boolean) as Probe[]) {
      const port = probe.httpGet?.port ?? probe.tcpSocket?.port;
      if (port === undefined || !(typeof port === "number" ? Object.values(listens).includes(port) : port in listens)) problems.push(`${where(c)}: a probe targets port ${port}, which the process does not listen on`);
    }
  }
  return problems;
}

const probePaths = (r: Rendered, script: string) =>
  [...new Set(workloads(r).flatMap((w) => w.containers.filter((c) => scriptOf(c) === script).flatMap((c) => [c.readinessProbe, c.livenessProbe, c.startupProbe].map((p) => p?.httpGet?.path).filter((p): p is string => Boolean(p)))))];

let rendered: Rendered;
beforeAll(async () => {
  rendered = await render();
});
afterAll(async () => {
  await disconnectDb();
});

describe("deploy/kubernetes", () => {
  it("names every manifest in its kustomization (or the ingress component), and each file it names exists", async () => {
    const unknownFields = Object.keys(rendered.kustomization).filter((k) => !KUSTOMIZATION_FIELDS.has(k));
    expect(unknownFields, "fields this test does not render; teach render() first").toEqual([]);
    const onDisk = async (dir: string): Promise<string[]> =>
      (await readdir(path.join(KUSTOMIZE_DIR, dir), { withFileTypes: true })).flatMap((e) => (e.isFile() && /\.ya?ml$/.test(e.name) && e.name !== "kustomization.yaml" ? [path.join(dir, e.name)] : []));
    const files = [...(await onDisk("")), ...(await Promise.all(COMPONENT_DIRS.map(onDisk))).flat()].sort();
    expect([...rendered.files].sort()).toEqual(files);
    for (const generator of [...(rendered.kustomization.configMapGenerator ?? []), ...(rendered.kustomization.secretGenerator ?? [])]) {
      for (const file of generator.envs as string[]) expect(existsSync(path.join(KUSTOMIZE_DIR, file)) || existsSync(path.join(KUSTOMIZE_DIR, `${file}.example`)), file).toBe(true);
    }
    // The operator's secrets stay out of git and out of the image.
    expect((await readFile(path.join(KUSTOMIZE_DIR, ".gitignore"), "utf8")).split("\n")).toContain("secrets.env");
    expect((await readFile(path.join(ROOT, ".dockerignore"), "utf8")).split("\n")).toContain("deploy/kubernetes/secrets.env");
  });

  it("renders the objects a cluster needs, all valid against the Kubernetes schemas and consistent with one another", () => {
    const kinds = rendered.objects.map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(kinds).toEqual(
      expect.arrayContaining(["Namespace/accel-studio", "Deployment/accel-web", "Service/accel-web", "HorizontalPodAutoscaler/accel-web", "PodDisruptionBudget/accel-web", "StatefulSet/accel-worker", "Service/accel-worker", "Service/accel-nodes", "PodDisruptionBudget/accel-worker", "ConfigMap/accel-config", "Secret/accel-secrets", "Ingress/accel-web"]),
    );
    expect(checkObjects(rendered)).toEqual([]);
    const web = rendered.objects.find((o) => o.kind === "Deployment" && o.metadata.name === "accel-web")!;
    const worker = rendered.objects.find((o) => o.kind === "StatefulSet")!;
    expect(web.spec.replicas).toBe(2);
    // Covers the worker's drain (WORKER_DRAIN_SECONDS) and the 20 s after it that server/worker.ts
    // gives running jobs before it gives up, with room for a slow database.
    const drain = (parseAppEnv(containerEnv(rendered, worker.spec.template.spec.containers[0])) as Env & { WORKER_DRAIN_SECONDS?: number }).WORKER_DRAIN_SECONDS ?? 0;
    expect(worker.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThanOrEqual(Math.max(60, drain + 20 + 10));
    expect(rendered.objects.every((o) => o.kind === "Namespace" || o.metadata.namespace === rendered.kustomization.namespace)).toBe(true);
    for (const w of workloads(rendered)) for (const c of w.containersAll) expect(c.image).toBe(`${rendered.kustomization.images[0].newName}:${rendered.kustomization.images[0].newTag}`);
  });

  it("finds the broken manifest: checks that fail when a rule is broken", async () => {
    const broken = async (change: (r: Rendered) => void) => {
      const copy = await render();
      change(copy);
      return checkObjects(copy);
    };
    const web = (r: Rendered) => workloads(r).find((w) => w.object.metadata.name === "accel-web")!.containers[0];
    expect(await broken((r) => r.configMaps.set("accel-config", { ...r.configMaps.get("accel-config"), AUTH_MODE: "local" }))).toEqual(expect.arrayContaining([expect.stringContaining("without AUTH_MODE=token")]));
    expect(await broken((r) => r.configMaps.set("accel-config", { ...r.configMaps.get("accel-config"), AUTH_MODE: "tokens" }))).toEqual(expect.arrayContaining([expect.stringContaining("lib/env.ts refuses")]));
    expect(await broken((r) => (r.objects.find((o) => o.metadata.name === "accel-nodes")!.spec.selector["app.kubernetes.io/component"] = "node"))).toContain("Service accel-nodes selects no pods");
    expect(await broken((r) => (web(r).env!.find((v) => v.name === "DATABASE_URL")!.valueFrom!.secretKeyRef!.key = "DB_URL"))).toEqual(expect.arrayContaining([expect.stringContaining("names key DB_URL")]));
    expect(await broken((r) => (web(r).ports![0].containerPort = 8080))).toEqual(expect.arrayContaining([expect.stringContaining("not what the process listens on")]));
    expect(await broken((r) => delete web(r).readinessProbe)).toEqual(expect.arrayContaining([expect.stringContaining("no readinessProbe")]));
    expect(await broken((r) => r.configMaps.set("accel-config", { ...r.configMaps.get("accel-config"), DATA_DIR: "/var/accel" }))).toEqual(expect.arrayContaining([expect.stringContaining("DATA_DIR /var/accel is not on a writable volume")]));
    expect(await broken((r) => (web(r).command = ["npm", "start"]))).toEqual(expect.arrayContaining([expect.stringContaining("npm start")]));
    expect(await broken((r) => ((web(r) as unknown as { imagePullPolicy: string }).imagePullPolicy = "Sometimes"))).toEqual(expect.arrayContaining([expect.stringContaining("imagePullPolicy")]));
  });

  it("gives services the accel-nodes Service as their scoring address", () => {
    const config = rendered.configMaps.get("accel-config")!;
    const nodes = rendered.objects.find((o) => o.kind === "Service" && o.metadata.name === "accel-nodes")!;
    const portOf = (name: string) => nodes.spec.ports.find((p: { name: string }) => p.name === name).port;
    const host = `accel-nodes.${rendered.kustomization.namespace}.svc.cluster.local`;
    expect(config.PUBLIC_SCORING_URL).toBe(`http://${host}:${portOf("http")}`);
    expect(config.PUBLIC_GRPC_ADDRESS).toBe(`${host}:${portOf("grpc")}`);
    // The secrets the processes need are in the example, required ones not optional.
    for (const key of ["DATABASE_URL", "ACCEL_ADMIN_TOKEN", "AUTH_SECRET", "ARTIFACT_BLOB_CONNECTION_STRING", "REGISTRY_USERNAME", "REGISTRY_PASSWORD", "REGISTRY_TOKEN"]) expect(rendered.secrets.get("accel-secrets")).toHaveProperty(key);
    const refs = workloads(rendered).flatMap((w) => w.containersAll.flatMap((c) => (c.env ?? []).map((v) => v.valueFrom?.secretKeyRef).filter((ref): ref is KeyRef => Boolean(ref))));
    for (const ref of refs.filter((ref) => ["DATABASE_URL", "AUTH_SECRET", "ACCEL_ADMIN_TOKEN"].includes(ref.key))) expect(ref.optional ?? false).toBe(false);
    // A worker is a node host whose id is its pod's name.
    const worker = workloads(rendered).find((w) => w.object.kind === "StatefulSet")!.containers[0];
    expect(worker.env!.find((v) => v.name === "WORKER_ID")?.valueFrom?.fieldRef?.fieldPath).toBe("metadata.name");
  });

  describe("probes", () => {
    let host: ScoringHost;
    let isReady = true;
    beforeAll(async () => {
      setEnv({ AUTH_MODE: "token" });
      host = await startScoringHost({ host: "127.0.0.1", port: 0, workerId: `k8s-probe-${process.pid}`, isReady: () => isReady });
    });
    afterAll(async () => {
      await host.close();
      setEnv({ AUTH_MODE: undefined });
    });

    it("worker: the probe paths are the node's own health routes, open without a credential in token mode", async () => {
      const paths = probePaths(rendered, "dist/server/worker.mjs");
      expect(paths.sort()).toEqual(["/v2/health/live", "/v2/health/ready"]);
      for (const p of paths) expect((await fetch(`${host.url}${p}`)).status, p).toBe(200);
      isReady = false;
      expect((await fetch(`${host.url}/v2/health/ready`)).status).toBe(503);
      expect((await fetch(`${host.url}/v2/health/live`)).status).toBe(200);
      isReady = true;
      // A path the host does not serve is not a 200: the checks above are not vacuous.
      expect((await fetch(`${host.url}/v2/health/alive`)).status).toBe(404);
    });

    it("web: the probe path is web's own open health route, answered without a session in token mode and without Next", async () => {
      setEnv({ AUTH_MODE: "token" });
      const server = http.createServer(createWebListener({ handleNext: (_request, response) => void response.writeHead(418).end("next") }));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const paths = probePaths(rendered, "dist/server/web.mjs");
        expect(paths.length).toBeGreaterThan(0);
        for (const p of paths) {
          expect(p).toBe(HEALTHZ_PATH);
          const response = await fetch(`${base}${p}`, { redirect: "manual" });
          expect([response.status, await response.json()], p).toEqual([200, { status: "ok" }]);
        }
        // A studio page is sent to sign-in: the open path is the exception, not the rule.
        expect((await fetch(`${base}/models`, { redirect: "manual" })).status).toBe(303);
      } finally {
        server.close();
        setEnv({ AUTH_MODE: undefined });
      }
    });

    it("the image's HEALTHCHECK script asks the same routes", async () => {
      const script = path.join(ROOT, "deploy", "docker", "healthcheck.mjs");
      const run = (vars: Record<string, string>) =>
        execFileAsync(process.execPath, [script], { env: { PATH: process.env.PATH, NODE_ENV: "production", ...vars } as NodeJS.ProcessEnv }).then(
          () => 0,
          (error: { code?: number }) => error.code ?? -1,
        );
      const port = new URL(host.url).port;
      expect(await run({ ACCEL_PROCESS: "worker", WORKER_HOST: "0.0.0.0", WORKER_HTTP_PORT: port })).toBe(0);
      isReady = false;
      expect(await run({ ACCEL_PROCESS: "worker", WORKER_HOST: "127.0.0.1", WORKER_HTTP_PORT: port })).toBe(1);
      isReady = true;
      const web = http.createServer(createWebListener({ handleNext: (_request, response) => void response.writeHead(200).end("next") }));
      await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
      const webPort = String((web.address() as AddressInfo).port);
      expect(await run({ ACCEL_PROCESS: "web", HOST: "0.0.0.0", PORT: webPort })).toBe(0);
      await new Promise<void>((resolve) => web.close(() => resolve()));
      expect(await run({ ACCEL_PROCESS: "web", HOST: "0.0.0.0", PORT: webPort })).toBe(1);
    });
  });
});

/** The Dockerfile as instructions per stage, continuation lines joined, comments dropped. */
async function readDockerfile() {
  const text = await readFile(path.join(ROOT, "Dockerfile"), "utf8");
  const lines = text.replace(/\\\n/g, " ").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  const stages: { from: string; name: string; instructions: { op: string; rest: string }[] }[] = [];
  const globalArgs: Record<string, string> = {};
  for (const line of lines) {
    const [, op, rest] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === "FROM") {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      stages.push({ from: from.replace(/\$\{(\w+)\}/g, (_m, v: string) => globalArgs[v] ?? ""), name, instructions: [] });
    } else if (!stages.length && op.toUpperCase() === "ARG") {
      const [name, value] = rest.split("=");
      globalArgs[name] = value;
    } else {
      stages.at(-1)!.instructions.push({ op: op.toUpperCase(), rest });
    }
  }
  return { text, stages };
}

describe("Dockerfile", () => {
  it("builds in one stage and runs, as a non-root user, only what production needs in another", async () => {
    const { stages } = await readDockerfile();
    expect(stages.map((s) => s.name)).toEqual(["build", "runtime"]);
    const [build, runtime] = stages;
    // Node 20 on Debian slim, the line package.json's engines allow.
    for (const stage of stages) expect(stage.from).toMatch(/^node:20\.\d+\.\d+-(bookworm|trixie)-slim$/);
    const engines = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")).engines.node as string;
    const [major, minor] = build.from.slice("node:".length).split(".").map(Number);
    const [, wantMajor, wantMinor] = /^>=(\d+)\.(\d+)$/.exec(engines)!.map(Number);
    expect(major === wantMajor && minor >= wantMinor).toBe(true);

    const runs = (stage: typeof build) => stage.instructions.filter((i) => i.op === "RUN").map((i) => i.rest);
    const ci = build.instructions.findIndex((i) => i.op === "RUN" && /\bnpm ci\b/.test(i.rest));
    expect(ci).toBeGreaterThan(-1);
    // The CUDA download of onnxruntime-node's install script is off before npm ci runs it (ENVIRONMENT.md).
    const npmrc = build.instructions.findIndex((i) => i.op === "COPY" && i.rest.split(/\s+/).includes(".npmrc"));
    expect(npmrc).toBeGreaterThan(-1);
    expect(npmrc).toBeLessThan(ci);
    expect(await readFile(path.join(ROOT, ".npmrc"), "utf8")).toMatch(/^onnxruntime-node-install=skip$/m);
    expect(build.instructions.some((i, index) => index < ci && i.op === "ENV" && /ONNXRUNTIME_NODE_INSTALL=skip/.test(i.rest))).toBe(true);
    // Its postinstall (prisma generate) needs the schema and the script before the sources come.
    const sourcesCopied = build.instructions.findIndex((i) => i.op === "COPY" && /^\.\s+\.$/.test(i.rest));
    expect(sourcesCopied).toBeGreaterThan(ci);
    for (const file of ["scripts/prisma-generate.mjs", "prisma.config.ts", "prisma"]) expect(build.instructions.slice(0, ci).some((i) => i.op === "COPY" && i.rest.includes(file)), file).toBe(true);
    expect(runs(build).join("\n")).toMatch(/\bnpm run build\b/);
    expect(runs(build).join("\n")).toMatch(/\bnpm prune --omit=dev --ignore-scripts\b/);

    // The runtime installs nothing and builds nothing: it copies the build's output.
    expect(runs(runtime).join("\n")).not.toMatch(/\bnpm\b|\bnpx\b/);
    const users = runtime.instructions.filter((i) => i.op === "USER");
    expect(users.at(-1)?.rest).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
    const copies = runtime.instructions.filter((i) => i.op === "COPY").map((i) => i.rest.split(/\s+/));
    const builtOutputs = ["/app/node_modules", "/app/.next", "/app/dist/server"];
    for (const parts of copies) {
      expect(parts[0]).toBe("--from=build");
      for (const source of parts.slice(1, -1)) {
        expect(builtOutputs.includes(source) || existsSync(path.join(ROOT, path.relative("/app", source))), source).toBe(true);
      }
    }
    const copied = copies.flatMap((parts) => parts.slice(1, -1).map((s) => path.relative("/app", s)));
    // What the processes read from the working directory at run time.
    for (const needed of ["node_modules", ".next", "dist/server", "public", "prisma/migrations", "lib/serving/protos", "next.config.js", "package.json"]) expect(copied, needed).toContain(needed);

    // After `npm prune --omit=dev`, what Next loads from node_modules at run time must still be there.
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    const nextConfig = (await import(path.join(ROOT, "next.config.js"))).default as { serverExternalPackages: string[] };
    for (const name of nextConfig.serverExternalPackages) expect(Object.keys(pkg.dependencies), name).toContain(name);

    const healthcheck = runtime.instructions.find((i) => i.op === "HEALTHCHECK")!;
    const healthcheckCommand = JSON.parse(healthcheck.rest.slice(healthcheck.rest.indexOf("CMD") + 3)) as string[];
    expect(healthcheckCommand[0]).toBe("node");
    expect(copied).toContain(healthcheckCommand[1]);

    // One image, an entry per role: web by default; the worker and the init container by
    // their manifests' command (checked against the same list above). Never the launcher.
    const cmd = JSON.parse(runtime.instructions.find((i) => i.op === "CMD")!.rest) as string[];
    expect(cmd[0]).toBe("node");
    expect(cmd.at(-1)).toBe("dist/server/web.mjs");
    expect(runtime.instructions.some((i) => i.op === "ENTRYPOINT")).toBe(false);
    for (const stage of stages) for (const i of stage.instructions) expect(i.rest, `${i.op} ${i.rest}`).not.toMatch(/npm (run )?start\b|scripts\/start\.mjs|studio\.mjs/);
    expect(runtime.instructions.find((i) => i.op === "ENV")?.rest).toMatch(/NODE_ENV=production/);
  });

  it("builds every entry point the manifests run", async () => {
    const { stages } = await readDockerfile();
    const buildServer = await readFile(path.join(ROOT, "scripts", "build-server.mjs"), "utf8");
    const entryBlock = /entryPoints:\s*\{([^}]*)\}/.exec(buildServer)![1];
    const fromBuildServer = [...entryBlock.matchAll(/"?([\w-]+)"?\s*:\s*"([^"]+)"/g)].map((m) => ({ out: `dist/server/${m[1]}.mjs`, source: m[2] }));
    const fromDockerfile = stages[0].instructions.flatMap((i) => [...i.rest.matchAll(/esbuild (\S+\.ts) [^&]*--outfile=(\S+)/g)].map((m) => ({ out: m[2], source: m[1] })));
    const built = [...fromBuildServer, ...fromDockerfile];
    for (const { source } of built) expect(existsSync(path.join(ROOT, source)), source).toBe(true);
    const run = workloads(rendered).flatMap((w) => w.containersAll.map(scriptOf));
    expect(new Set(run)).toEqual(new Set(["dist/server/web.mjs", "dist/server/worker.mjs", "dist/server/prepare-database.mjs"]));
    for (const script of run) expect(built.map((b) => b.out), script).toContain(script);

    // The runtime keeps production dependencies only: every package the compiled entry
    // points import (left external, as both builds do) must be one of them.
    const result = await esbuild({
      entryPoints: Object.fromEntries(built.map((b) => [path.basename(b.out, ".mjs"), path.join(ROOT, b.source)])),
      outdir: path.join(ROOT, ".test-data", "unused"),
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      target: "node20",
      tsconfig: path.join(ROOT, "tsconfig.json"),
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const imported = new Set(Object.values(result.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external && !i.path.startsWith("node:")).map((i) => i.path.split("/").slice(0, i.path.startsWith("@") ? 2 : 1).join("/"))));
    const { dependencies } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(imported.size).toBeGreaterThan(5);
    expect([...imported].filter((name) => !(name in dependencies))).toEqual([]);
  });
});

describe("the init container's program (deploy/docker/prepare-database.ts)", () => {
  it("refuses to listen beyond loopback without token mode, and token mode without AUTH_SECRET", async () => {
    setEnv({ HOST: "0.0.0.0", AUTH_MODE: "local" });
    try {
      await expect(prepareDatabase({ log: () => {} })).rejects.toThrow(/set AUTH_MODE=token/);
      setEnv({ AUTH_MODE: "token", AUTH_SECRET: undefined, ACCEL_ADMIN_TOKEN: "k8s-admin-token-0123456789abcdef" });
      await expect(prepareDatabase({ log: () => {} })).rejects.toThrow(/needs AUTH_SECRET/);
    } finally {
      setEnv({ HOST: undefined, AUTH_MODE: undefined, ACCEL_ADMIN_TOKEN: undefined });
    }
    expect(await db.apiToken.count({ where: { fromEnv: true } })).toBe(0);
  });

  it("compiles with the Dockerfile's own command and, run, migrates and provisions the admin token", async () => {
    const { stages } = await readDockerfile();
    const command = stages[0].instructions.map((i) => /npx (esbuild deploy\/docker\/\S+ [^&]*--outfile=\S+)/.exec(i.rest)?.[1]).find(Boolean)!;
    // Inside the checkout, so that the bundle's imports of packages resolve from node_modules.
    await mkdir(path.join(ROOT, ".test-data"), { recursive: true });
    const outDir = await mkdtemp(path.join(ROOT, ".test-data", "prepare-database-"));
    try {
      const outfile = path.join(outDir, "prepare-database.mjs");
      const args = command.split(/\s+/).slice(1).map((a) => (a.startsWith("--outfile=") ? `--outfile=${outfile}` : a));
      await execFileAsync(path.join(ROOT, "node_modules", ".bin", "esbuild"), args, { cwd: ROOT });
      const secret = "k8s-admin-token-abcdefghijklmnopqrstuvwxyz";
      const base = { PATH: process.env.PATH, DATABASE_URL: process.env.DATABASE_URL, NODE_ENV: "production", DATA_DIR: outDir, HOST: "0.0.0.0" };
      const ok = await execFileAsync(process.execPath, [outfile], { cwd: ROOT, env: { ...base, AUTH_MODE: "token", ACCEL_ADMIN_TOKEN: secret, AUTH_SECRET: "s".repeat(40) } as NodeJS.ProcessEnv });
      expect(ok.stdout).toMatch(/database schema is up to date/);
      const tokens = await db.apiToken.findMany({ where: { fromEnv: true, revokedAt: null } });
      expect(tokens.map((t) => [t.scope, t.prefix])).toEqual([["admin", expect.stringMatching(/^k8s-/)]]);
      // Exposed without sign-in: it stops the pod (exit 1) before touching the database.
      const refused = await execFileAsync(process.execPath, [outfile], { cwd: ROOT, env: { ...base, AUTH_MODE: "local" } as NodeJS.ProcessEnv }).then(
        () => ({ code: 0, stdout: "" }),
        (error: { code: number; stdout: string }) => error,
      );
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/set AUTH_MODE=token/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
