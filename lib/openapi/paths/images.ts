import { z } from "zod";
import { createImageSchema, imageNameSchema } from "@/lib/images/schemas";
import { modelVersionSchema } from "@/lib/models/schemas";
import { Image, ImageDeleted, ImageList } from "../components";
import type { RouteSpec } from "../route-spec";

const tag = "Images";
const nameVersion = { name: imageNameSchema, version: modelVersionSchema };

export const imagePaths: RouteSpec[] = [
  { method: "get", path: "/api/v1/images", tag, summary: "Every image version", replies: { 200: { description: "The images (without logs)", schema: ImageList } } },
  { method: "post", path: "/api/v1/images", tag, summary: "Build an FPGA image of one converted model", body: { schema: createImageSchema }, errors: [404, 409, 422], replies: { 202: { description: "The image version, queued", schema: Image } } },
  { method: "get", path: "/api/v1/images/{name}", tag, summary: "The versions of one image, newest first", params: { name: imageNameSchema }, replies: { 200: { description: "Its versions", schema: ImageList } } },
  { method: "get", path: "/api/v1/images/{name}/versions/{version}", tag, summary: "One image version with its build log", params: nameVersion, replies: { 200: { description: "The image version", schema: Image } } },
  { method: "delete", path: "/api/v1/images/{name}/versions/{version}", tag, summary: "Delete an image version and its archive; 409 in_use while a service deploys it", params: nameVersion, errors: [409], replies: { 200: { description: "Deleted", schema: ImageDeleted } } },
  {
    method: "get", path: "/api/v1/images/{name}/versions/{version}/oci", tag, summary: "The image as an OCI archive (skopeo copy oci-archive:<file> …)", params: nameVersion, errors: [409],
    replies: { 200: { description: "The OCI image layout as a tar archive", schema: z.string().meta({ format: "binary" }), contentType: "application/x-tar" } },
  },
];
