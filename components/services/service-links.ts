import type { ServiceTab } from "./service-tabs";

export const serviceHref = (name: string, tab?: ServiceTab) =>
  `/services/${encodeURIComponent(name)}${tab && tab !== "overview" ? `?tab=${tab}` : ""}`;
