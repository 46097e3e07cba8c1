// One colour per class id, the same on every image and every page, so "person" is the
// same colour in every card. Ten hues far apart from each other, each dark enough that
// white label text on it keeps a contrast ratio of at least 4.5:1 (WCAG AA, small text):
// Tailwind's 700/800 shades.
const CLASS_COLORS = [
  "#1d4ed8", // blue-700
  "#b91c1c", // red-700
  "#15803d", // green-700
  "#7e22ce", // purple-700
  "#c2410c", // orange-700
  "#0f766e", // teal-700
  "#be185d", // pink-700
  "#4d7c0f", // lime-700
  "#92400e", // amber-800
  "#334155", // slate-700
] as const;

/** Neighbouring ids (COCO's 1 person, 2 bicycle, 3 car…) land apart in the palette: 3 is coprime with 10. */
export function classColor(classId: number): string {
  const index = (((Math.trunc(classId) * 3) % CLASS_COLORS.length) + CLASS_COLORS.length) % CLASS_COLORS.length;
  return CLASS_COLORS[index];
}
