"use client";

import { useState, useSyncExternalStore } from "react";
import { Section } from "@/components/ui/section";
import { SegmentedControl } from "@/components/ui/segmented-control";
import type { ServiceDto } from "@/lib/services/types";
import { CodeBlock } from "./code-block";
import { DetectorOutputs } from "./detector-outputs";
import { KeyValue } from "@/components/ui/key-value";
import { KeysOnce } from "./keys-once";
import { RegenerateKey } from "./regenerate-key";
import { curlSample, typescriptSample } from "./sample-requests";
import { useServiceKeys } from "./service-keys-store";

type Endpoint = "node" | "studio";

/** How a client calls the service: where, with which key, and a request to start from. */
export function ConsumePanel({ service }: { service: ServiceDto }) {
  const stored = useServiceKeys(service.name);
  const studioUri = `${useOrigin()}${service.links.score}`;
  const [endpoint, setEndpoint] = useState<Endpoint>(service.scoringUri ? "node" : "studio");
  const uri = endpoint === "node" && service.scoringUri ? service.scoringUri : studioUri;
  const sample = { uri, authEnabled: service.authEnabled };
  return (
    <div className="space-y-4">
      <Section title="Endpoint" id="consume-endpoint">
        <div className="space-y-3">
          {service.scoringUri ? (
            <KeyValue label="Scoring URI" value={service.scoringUri} testId="scoring-uri" />
          ) : (
            <p className="text-sm text-neutral-600">No scoring URI yet: it appears once a replica is ready.</p>
          )}
          <KeyValue label="Studio scoring endpoint" value={studioUri} testId="studio-scoring-uri" />
          {service.grpcAddress && <KeyValue label={`gRPC address (${service.grpcTls ? "TLS" : "plaintext"})`} value={service.grpcAddress} testId="grpc-address" />}
          <p className="text-xs text-neutral-600">
            The scoring URI is the node hosting the first ready replica (Azure&apos;s <code className="font-mono">scoring_uri</code>); the studio endpoint forwards to a ready replica and takes the same request.
            The node also speaks TensorFlow Serving (gRPC <code className="font-mono">tensorflow.serving.PredictionService/Predict</code> at the gRPC address, REST{" "}
            <code className="font-mono">/v1/models/{service.name}:predict</code>) and the Open Inference Protocol v2 (<code className="font-mono">/v2/models/{service.name}/infer</code>, gRPC{" "}
            <code className="font-mono">inference.GRPCInferenceService</code>), with the service&apos;s name as the model name.
            {service.grpcAddress && !service.grpcTls && " Its gRPC is plaintext: keys cross the network in clear unless the nodes are given a certificate (GRPC_TLS_CERT_FILE, GRPC_TLS_KEY_FILE)."}
          </p>
        </div>
      </Section>
      {service.model.task === "detection" && <DetectorOutputs />}
      <Section title="Keys" id="consume-keys">
        {service.authEnabled ? (
          <div className="space-y-3">
            <p className="text-sm text-neutral-700">
              Requests carry <code className="font-mono">authorization: Bearer &lt;key&gt;</code> with either key. The studio stores only their hashes, so a lost key cannot be shown again: regenerate it.
            </p>
            {(stored.primary || stored.secondary) && <KeysOnce keys={stored} title="Keys given to this browser tab" />}
            <div className="flex flex-wrap gap-6">
              <RegenerateKey service={service.name} which="primary" />
              <RegenerateKey service={service.name} which="secondary" />
            </div>
          </div>
        ) : (
          <p className="text-sm text-neutral-700">Authentication is off: anyone who can reach the endpoint can score. Deploy again with a key to require one.</p>
        )}
      </Section>
      <Section title="Sample requests" id="consume-samples">
        <div className="space-y-3">
          {service.scoringUri && (
            <SegmentedControl<Endpoint>
              label="Send to"
              value={endpoint}
              onChange={setEndpoint}
              options={[
                { value: "node", label: "Scoring URI" },
                { value: "studio", label: "Studio endpoint" },
              ]}
            />
          )}
          <CodeBlock title="curl" code={curlSample(sample)} testId="sample-curl" />
          <CodeBlock title="TypeScript (Node 20+)" code={typescriptSample(sample)} testId="sample-typescript" />
        </div>
      </Section>
    </div>
  );
}

const subscribeNever = () => () => undefined;

/** The studio's own origin, as the browser reached it (empty while rendering on the server). */
function useOrigin(): string {
  return useSyncExternalStore(subscribeNever, () => window.location.origin, () => "");
}
