import { z } from "zod";

/** A committee id from a URL: a positive whole number, anything else is "not found". */
export const idParamSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** A date from a URL (YYYY-MM-DD); anything else is ignored and the current tree shown. */
export const asOfSchema = z.iso.date().optional();

/** The unit whose tree the tree page shows (the viewer's scope when absent or malformed). */
export const treeRootSchema = z.coerce.number().int().positive().optional();
