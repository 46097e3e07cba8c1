// Any other /api/v1 path — a problem+json 404 instead of the studio's HTML page
import { withApi } from "@/lib/api";
import { AppError } from "@/lib/errors";

const notFound = withApi(async (request) => {
  throw new AppError("not_found", `No API route ${request.method} ${new URL(request.url).pathname}.`);
});

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
