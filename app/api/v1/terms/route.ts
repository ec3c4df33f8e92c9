import { z } from "zod";
import { apiRoute, ok } from "@/lib/api/respond";
import { db } from "@/lib/db";

export const GET = apiRoute(z.object({}), async () =>
  ok(await db.term.findMany({ orderBy: { startYear: "asc" }, select: { id: true, name: true, startYear: true, endYear: true, isCurrent: true } })),
);
