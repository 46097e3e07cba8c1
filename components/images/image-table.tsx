import { modelVersionHref } from "@/components/conversions/conversion-links";
import { CreatedCell, DigestCell, NameCell, RefLink, StateCell } from "@/components/pipeline/resource-cells";
import { ServiceLinkList } from "@/components/pipeline/service-link-list";
import { Table, TableHead, Td } from "@/components/ui/table";
import { formatBytes } from "@/lib/client/format";
import type { ImageDto } from "@/lib/images/types";
import { IMAGE_ACTIVE_STATES } from "@/lib/queries/images";
import { imageHref } from "./image-links";

const COLUMNS = ["Image", "Model", "State", { label: "Size", className: "text-right" }, "Digest", "Services", "Created"];

export function ImageTable({ images }: { images: ImageDto[] }) {
  return (
    <Table label="Images">
      <TableHead columns={COLUMNS} />
      <tbody>
        {images.map((image) => (
          <tr key={image.id} className="hover:bg-neutral-50" data-testid={`image-row-${image.name}-${image.version}`}>
            <NameCell href={imageHref(image)}>
              {image.name}:{image.version}
            </NameCell>
            <Td>
              <RefLink href={modelVersionHref(image.model)} target={image.model} />
            </Td>
            <StateCell state={image.state} progress={image.progress} label={`Build of ${image.name}:${image.version}`} activeStates={IMAGE_ACTIVE_STATES} />
            <Td className="text-right whitespace-nowrap tabular-nums">{image.sizeBytes === null ? "—" : formatBytes(image.sizeBytes)}</Td>
            <DigestCell digest={image.digest} />
            <Td>
              <ServiceLinkList names={image.services} />
            </Td>
            <CreatedCell iso={image.createdAt} />
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
