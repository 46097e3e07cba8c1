import { afterEach, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { publicScoringUri } from "./to-service-dto";

describe("publicScoringUri", () => {
  afterEach(() => setEnv({ PUBLIC_SCORING_URL: undefined }));

  it("names the node of a ready replica when no cluster address is set", () => {
    expect(publicScoringUri("svc", "http://10.0.0.7:8601")).toBe("http://10.0.0.7:8601/api/v1/service/svc/score");
    expect(publicScoringUri("svc", null)).toBeNull();
  });

  it("names the cluster's address when the operator set one, since any node routes", () => {
    setEnv({ PUBLIC_SCORING_URL: "http://accel-nodes.accel.svc:8601/" });
    expect(publicScoringUri("svc", "http://10.0.0.7:8601")).toBe("http://accel-nodes.accel.svc:8601/api/v1/service/svc/score");
    expect(publicScoringUri("svc", null)).toBe("http://accel-nodes.accel.svc:8601/api/v1/service/svc/score");
  });
});
