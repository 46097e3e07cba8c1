// Where the studio shows Azure ML things: a linked workspace's page, and the Settings section that links them.
export const AZURE_SECTION = { href: "/azure", label: "Azure ML" };

export const workspaceHref = (id: string) => `/azure/${encodeURIComponent(id)}`;

/** Settings → Azure ML (Section puts its id on the heading). */
export const AZURE_SETTINGS_HREF = "/settings#azure-heading";
