// The outside facts the capacity planner rests on, one constant per source, so the code,
// the API answer and the README cite the same words.

export const GROSS_HARRIS_MMC =
  "Gross, Shortle, Thompson & Harris, Fundamentals of Queueing Theory, 4th ed. (Wiley, 2008), §2.3 M/M/c: Erlang's C formula for the probability of waiting, and the waiting-time distribution P(Wq > t) = C·e^(−(cμ−λ)t)";

export const ALLEN_CUNNEEN =
  "A. O. Allen, Probability, Statistics, and Queueing Theory with Computer Science Applications, 2nd ed. (Academic Press, 1990): the Allen–Cunneen approximation for GI/G/c, Wq ≈ Wq(M/M/c) · (Ca² + Cs²)/2; with one server and Poisson arrivals it is the Pollaczek–Khinchine mean, exact for M/G/1";

export const AZURE_AKS_REPLICA_CONCURRENCY =
  "Azure ML SDK v1, AksServiceDeploymentConfiguration (learn.microsoft.com/python/api/azureml-core/azureml.core.webservice.aks.aksservicedeploymentconfiguration): replica_max_concurrent_requests defaults to 1, and Microsoft advises leaving it at 1; requests wait in the service's front end (max_request_wait_time, 500 ms by default) until a replica is free";
