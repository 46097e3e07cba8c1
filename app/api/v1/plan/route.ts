// GET /api/v1/plan?model=&version=&rps=&p99Ms=[&profile=&fpgasPerReplica=&region=] — replicas,
// FPGAs, Standard_PB6s nodes and PBS quota for a request rate at a p99 target (M/G/c)
import { json, rejectMethods, searchParamsObject, withApi } from "@/lib/api";
import { planCapacity } from "@/lib/capacity";
import { forwardedCredentials } from "@/lib/serving/forward-score";

export const GET = withApi(async (request) =>
  json(await planCapacity({ query: searchParamsObject(request), credentials: forwardedCredentials((name) => request.headers.get(name)) })),
);

export const { POST, PUT, PATCH, DELETE } = rejectMethods(["GET"]);
