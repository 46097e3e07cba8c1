import { planQuerySchema } from "@/lib/capacity/schemas";
import { CapacityPlan } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Services";

export const planPaths: RouteSpec[] = [
  {
    method: "get", path: "/api/v1/plan", tag, summary: "Capacity plan: replicas, FPGAs, nodes and quota for a request rate at a p99 target",
    query: planQuerySchema, errors: [404, 422],
    replies: {
      200: {
        description: "The fewest replicas meeting both targets, with the predicted utilisation and latency (M/G/c). 404 model_not_found; 422 model_not_converted, or target_unreachable when no count up to 16 replicas meets the target",
        schema: CapacityPlan,
      },
    },
  },
];
