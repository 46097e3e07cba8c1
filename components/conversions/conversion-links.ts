export const conversionHref = (id: string) => `/conversions/${encodeURIComponent(id)}`;
export const modelVersionHref = (m: { name: string; version: number }) => `/models/${encodeURIComponent(m.name)}/versions/${m.version}`;
