export const imageHref = (image: { name: string; version: number }) => `/images/${encodeURIComponent(image.name)}/versions/${image.version}`;

/** The Services page's deploy form with this image chosen. */
export const deployImageHref = (image: { name: string; version: number }) =>
  `/services?new=1&image=${encodeURIComponent(image.name)}&version=${image.version}`;
