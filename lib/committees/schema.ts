import { z } from "zod";

/** A committee id from a URL: a positive whole number, anything else is "not found". */
export const idParamSchema = z.coerce.number().int().positive().max(2_147_483_647);
