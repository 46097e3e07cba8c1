import { formatProbability } from "@/components/score/format-latency";
import { classColor } from "./class-colors";
import type { Detection } from "./types";
import type { DisplayedSize } from "./use-displayed-size";

const CHIP_HEIGHT = 16;
const CHIP_FONT_PX = 11;
// An upper estimate of a glyph's advance in the studio's sans at 11 px, so chips never clip their text.
const CHAR_WIDTH_PX = CHIP_FONT_PX * 0.6;

type DetectionBoxesProps = {
  detections: Detection[];
  /** The pixel space the boxes are in: the scored image's. */
  image: { width: number; height: number };
  /** The size the image is drawn at; boxes are scaled from one to the other. */
  displayed: DisplayedSize;
};

/** An SVG laid over the drawn image: one outlined box and a "label 92%" chip per detection. */
export function DetectionBoxes({ detections, image, displayed }: DetectionBoxesProps) {
  const sx = displayed.width / Math.max(1, image.width);
  const sy = displayed.height / Math.max(1, image.height);
  // Lowest score first, so the most confident boxes and chips are drawn on top.
  const ordered = [...detections].sort((a, b) => a.score - b.score);
  return (
    <svg
      role="group"
      aria-label="Detected objects"
      width={displayed.width}
      height={displayed.height}
      viewBox={`0 0 ${displayed.width} ${displayed.height}`}
      className="pointer-events-none absolute top-0 left-0 overflow-visible"
      data-testid="detection-boxes"
    >
      {ordered.map((d, i) => {
        const x = d.box.x * sx;
        const y = d.box.y * sy;
        const width = Math.max(1, d.box.width * sx);
        const height = Math.max(1, d.box.height * sy);
        const color = classColor(d.classId);
        const text = `${d.label} ${formatProbability(d.score)}`;
        const chipWidth = Math.ceil(text.length * CHAR_WIDTH_PX) + 8;
        // The chip sits on the box's top edge, inside the box when there is no room above it.
        const chipX = Math.max(0, Math.min(x, displayed.width - chipWidth));
        const chipY = y >= CHIP_HEIGHT ? y - CHIP_HEIGHT : y;
        const title = `${text} at x ${Math.round(d.box.x)}, y ${Math.round(d.box.y)}, ${Math.round(d.box.width)}×${Math.round(d.box.height)} px`;
        return (
          <g key={`${d.classId}-${i}-${d.box.x}-${d.box.y}`} role="img" aria-label={title} data-testid="detection-box" data-class-id={d.classId} data-label={d.label} className="pointer-events-auto">
            <title>{title}</title>
            <rect x={x} y={y} width={width} height={height} fill="transparent" stroke="white" strokeOpacity={0.7} strokeWidth={4} />
            <rect x={x} y={y} width={width} height={height} fill="transparent" stroke={color} strokeWidth={2} />
            <rect x={chipX} y={chipY} width={chipWidth} height={CHIP_HEIGHT} fill={color} rx={1} />
            <text x={chipX + 4} y={chipY + CHIP_HEIGHT - 4} fill="white" fontSize={CHIP_FONT_PX} fontWeight={600} className="font-sans">
              {text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
