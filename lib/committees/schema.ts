import { z } from "zod";
import { idSchema } from "@/lib/ids";

/** A committee id from a URL: a positive whole number, anything else is "not found". */
export const idParamSchema = idSchema;

/** A date from a URL (YYYY-MM-DD); anything else is ignored and the current tree shown. */
export const asOfSchema = z.iso.date().optional();

/** The unit whose tree the tree page shows (the viewer's scope when absent or malformed). */
export const treeRootSchema = idSchema.optional();
