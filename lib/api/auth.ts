// Who is calling the API: the browser session (same helper as every page), or an API token.
import "server-only";
import { getViewer, type Viewer } from "@/lib/auth/session";
import { bearerCredential, isBearer } from "@/lib/auth/bearer";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { authenticateToken } from "./tokens";

export async function getApiViewer(request: Request): Promise<Viewer | null> {
  const header = request.headers.get("authorization");
  const viewer = isBearer(header) ? await authenticateToken(bearerCredential(header), request) : await getViewer();
  // A session whose password an administrator set reads nothing until it is changed (tokens have no password).
  if (viewer?.mustChangePassword) throw new AppError("FORBIDDEN", "passwordChangeRequired");
  return viewer && can(viewer.role, "dashboard.read") ? viewer : null;
}
