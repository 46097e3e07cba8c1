"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ProblemAlert } from "@/components/pipeline/problem-alert";
import { Button } from "@/components/ui/button";
import { createImage, imageKeys } from "@/lib/queries/images";
import { imageHref } from "./image-links";

/**
 * Packs a converted model into an image named after it (a new version of that image each
 * time) and opens the build. The Images page's form takes another name.
 */
export function BuildImageButton({ model }: { model: { name: string; version: number } }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const build = useMutation({
    mutationFn: () => createImage({ name: model.name, model: model.name, version: model.version }),
    onSuccess: async (image) => {
      await queryClient.invalidateQueries({ queryKey: imageKeys.all });
      router.push(imageHref(image));
    },
  });
  return (
    <div className="flex flex-col items-end gap-2">
      <Button variant="primary" onClick={() => build.mutate()} disabled={build.isPending || build.isSuccess}>
        {build.isPending ? "Starting build…" : "Build image"}
      </Button>
      {build.error && <ProblemAlert error={build.error} title="The image build could not be started" />}
    </div>
  );
}
