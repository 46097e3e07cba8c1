"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { modelVersionHref } from "@/components/conversions/conversion-links";
import { DeleteResourceButton } from "@/components/pipeline/delete-resource-button";
import { Fact, Facts } from "@/components/pipeline/facts";
import { LiveProgress } from "@/components/pipeline/live-progress";
import { isNotFound, LoadState } from "@/components/pipeline/load-state";
import { LocalTime } from "@/components/pipeline/local-time";
import { LogViewer } from "@/components/pipeline/log-viewer";
import { ResourceHeader } from "@/components/pipeline/resource-header";
import { ServiceLinksInline } from "@/components/pipeline/service-link-list";
import { formatMs } from "@/components/score/format-latency";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { formatBytes, shortDigest } from "@/lib/client/format";
import type { ImageDto } from "@/lib/images/types";
import { deleteImage, IMAGE_ACTIVE_STATES, imageKeys, imageOptions, isImageActive } from "@/lib/queries/images";
import { deployImageHref } from "./image-links";

const SECTION = { href: "/images", label: "Images" };

/** One image version, live while it builds: digest, size, the OCI archive, and who deploys it. */
export function ImageDetail({ name, version, initial }: { name: string; version: number; initial?: ImageDto }) {
  const { data: image, error } = useQuery({ ...imageOptions(name, version), initialData: initial });
  if (!image || isNotFound(error)) return <LoadState error={error} what="image" back={{ href: SECTION.href, label: "Back to images" }} />;
  const isActive = isImageActive(image);
  const isBuilt = image.state === "Succeeded";
  const took = image.startedAt && image.finishedAt ? Date.parse(image.finishedAt) - Date.parse(image.startedAt) : null;
  return (
    <div className="space-y-4">
      <ResourceHeader
        section={SECTION}
        title={image.name}
        crumb={`${image.name}:${image.version}`}
        state={image.state}
        meta={<span className="rounded-sm bg-neutral-200 px-1.5 text-xs leading-5 text-neutral-800">Version {image.version}</span>}
        actions={
          <>
            {isBuilt && (
              <Link href={deployImageHref(image)} className={buttonClasses("primary")}>
                Deploy
              </Link>
            )}
            {isBuilt && (
              <a href={image.links.oci} download className={buttonClasses("secondary")}>
                Download OCI archive
              </a>
            )}
            <DeleteResourceButton
              what={`image ${image.name}:${image.version}`}
              description={<p>This removes the image version and its OCI archive. An image still deployed by a service is refused: delete the service first.</p>}
              remove={() => deleteImage({ name, version })}
              disabled={isActive}
              forget={imageKeys.version(name, version)}
              invalidate={[imageKeys.all]}
              redirectTo={SECTION.href}
            />
          </>
        }
      />
      <Facts label="Image facts">
        <Fact label="Model">
          <Link href={modelVersionHref(image.model)} className="font-mono text-brand-700 hover:underline">
            {image.model.name}:{image.model.version}
          </Link>
        </Fact>
        <Fact label="Digest">
          <span className="font-mono text-xs" title={image.digest ?? undefined} data-testid="image-digest">
            {image.digest ? shortDigest(image.digest) : "—"}
          </span>
        </Fact>
        <Fact label="Size">{image.sizeBytes === null ? "—" : formatBytes(image.sizeBytes)}</Fact>
        <Fact label="Location" isWide>
          <span className="font-mono text-xs" title={image.location ?? undefined}>
            {image.location ?? "—"}
          </span>
        </Fact>
        {image.registryReference && (
          <Fact label="Registry" isWide>
            <span className="font-mono text-xs break-all" data-testid="image-registry-reference">{image.registryReference}</span>
          </Fact>
        )}
        <Fact label="Created"><LocalTime iso={image.createdAt} /></Fact>
        <Fact label="Build took">{took !== null ? formatMs(took) : image.startedAt ? "building" : "not started"}</Fact>
        <Fact label="Deployed by" isWide>
          <ServiceLinksInline names={image.services} emptyText="no service" />
        </Fact>
      </Facts>
      {(isActive || isBuilt) && <LiveProgress state={image.state} progress={image.progress} label="Image build progress" activeStates={IMAGE_ACTIVE_STATES} detail={isActive ? image.log?.at(-1)?.message : undefined} />}
      {image.error && (
        <Alert tone="error" title="The build failed">
          <p className="whitespace-pre-line">{image.error}</p>
        </Alert>
      )}
      <Section title="Build log" id="image-log">
        <LogViewer lines={image.log} label="Build log" isLive={isActive} />
      </Section>
    </div>
  );
}
