import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { STAT_FORM_CODES } from "./forms";
import { STAT_FORM_FORMATS } from "./render";

/** GET /api/forms: ?form=1&committee=12&year=2025&format=xlsx|pdf (the committee defaults to the viewer's scope). */
export const statFormQuerySchema = z.object({
  form: z.enum(STAT_FORM_CODES),
  committee: idSchema.optional(),
  year: z.coerce.number().int().min(1930).max(2100),
  format: z.enum(STAT_FORM_FORMATS),
});
