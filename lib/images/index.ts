export { requestImageBuild } from "./request-image-build";
export { getImageOrThrow, getImageRowOrThrow, listImages } from "./get-image";
export { deleteImage } from "./delete-image";
export { openImageArchive } from "./open-image-archive";
export { runImageBuild } from "./run-image-build";
export type * from "./types";
