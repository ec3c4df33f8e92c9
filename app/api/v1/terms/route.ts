import { z } from "zod";
import { apiRoute, ok } from "@/lib/api/respond";
import { getTerms } from "@/lib/targets/queries";

export const GET = apiRoute(z.object({}), async () => ok(await getTerms()));
