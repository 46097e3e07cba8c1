import Link from "next/link";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { LocalTime } from "@/components/pipeline/local-time";
import { StateBadge } from "@/components/pipeline/state-badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatBytes, shortDigest } from "@/lib/client/format";
import type { ImageDto } from "@/lib/images/types";
import { isImageActive } from "@/lib/queries/images";
import { imageHref } from "./image-links";

export const IMAGE_ACTIVE_STATES = ["Queued", "Running"] as const;

export function ImageTable({ images }: { images: ImageDto[] }) {
  return (
    <Table label="Images">
      <thead>
        <tr>
          <Th>Image</Th>
          <Th>Model</Th>
          <Th>State</Th>
          <Th className="text-right">Size</Th>
          <Th>Digest</Th>
          <Th>Services</Th>
          <Th>Created</Th>
        </tr>
      </thead>
      <tbody>
        {images.map((image) => (
          <tr key={image.id} className="hover:bg-neutral-50" data-testid={`image-row-${image.name}-${image.version}`}>
            <Td>
              <Link href={imageHref(image)} className="font-medium whitespace-nowrap text-brand-700 hover:underline">
                {image.name}:{image.version}
              </Link>
            </Td>
            <Td>
              <Link href={`/models/${encodeURIComponent(image.model.name)}/versions/${image.model.version}`} className="font-mono text-xs whitespace-nowrap text-brand-700 hover:underline">
                {image.model.name}:{image.model.version}
              </Link>
            </Td>
            <Td className="w-56">
              <div className="space-y-1">
                <StateBadge state={image.state} />
                {isImageActive(image) && <LiveProgress state={image.state} progress={image.progress} label={`Build of ${image.name}:${image.version}`} activeStates={IMAGE_ACTIVE_STATES} />}
              </div>
            </Td>
            <Td className="text-right whitespace-nowrap tabular-nums">{image.sizeBytes === null ? "—" : formatBytes(image.sizeBytes)}</Td>
            <Td className="font-mono text-xs leading-5" title={image.digest ?? undefined}>
              {image.digest ? shortDigest(image.digest) : "—"}
            </Td>
            <Td>
              {image.services.length ? (
                <ul className="flex flex-wrap gap-x-2 text-xs">
                  {image.services.map((s) => (
                    <li key={s}>
                      <Link href={`/services/${encodeURIComponent(s)}`} className="text-brand-700 hover:underline">
                        {s}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <span className="text-neutral-400">—</span>
              )}
            </Td>
            <Td className="whitespace-nowrap text-neutral-600"><LocalTime iso={image.createdAt} /></Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
