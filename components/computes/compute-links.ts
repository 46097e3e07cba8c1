export const computeHref = (name: string) => `/compute/${encodeURIComponent(name)}`;
