// Plain data (not in the client component), so the server page can read it too.
export type ServiceTab = "overview" | "test" | "consume";

export const SERVICE_TABS: { value: ServiceTab; label: string }[] = [
  { value: "overview", label: "Overview" },
  { value: "test", label: "Test" },
  { value: "consume", label: "Consume" },
];
