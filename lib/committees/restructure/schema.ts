// Inputs of the five restructuring operations, parsed at the boundary. Every operation is dated: it takes
// effect from `effectiveFrom`: a past or present day applies at once, a later one is scheduled for that day
// (lib/committees/restructure/schedule.ts).
import { z } from "zod";
import { idSchema, versionSchema } from "@/lib/ids";
import { COMMITTEE_KINDS } from "@/lib/committees/kinds";
import { GRASSROOTS_TYPES } from "@/lib/committees/grassroots-types";

const id = idSchema;
// A real calendar day (2025-02-30 is refused, not rolled over to 2 March).
const date = z.iso.date("dateFormat");
const name = z.string().trim().min(1, "required").max(300);
const code = z.string().trim().toUpperCase().regex(/^[A-Z0-9][A-Z0-9-]{0,63}$/, "codeFormat");

/** Biểu 5's type of grassroots: "" is none; left out, a new unit takes its predecessors' and an edited one keeps its own. */
const grassrootsType = z.preprocess((v) => (v === "" ? null : v), z.enum(GRASSROOTS_TYPES).nullable().optional());

export const newUnitSchema = z.object({ code, name, nameEn: z.string().trim().max(300).optional(), kind: z.enum(COMMITTEE_KINDS), grassrootsType });

const optionalNameEn = z.string().trim().max(300).default("");

/** The "add a unit" form: a new unit under a parent in the caller's subtree, from a date (today or before). */
export const addUnitSchema = newUnitSchema.extend({ nameEn: optionalNameEn, parentId: id, validFrom: date });

/**
 * The "edit a unit" form. Code and kind are corrected in place; a new name is a dated rename and a new parent a dated
 * move, both through the restructuring engine, so history and rollups stay exact.
 */
export const editUnitSchema = newUnitSchema.extend({
  id, version: versionSchema, nameEn: optionalNameEn,
  parentId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()), effectiveFrom: date,
});

export const restructureSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("move"), effectiveFrom: date, committeeId: id, parentId: id }),
  z.object({
    op: z.literal("merge"), effectiveFrom: date, sourceIds: z.array(id).min(1).max(50),
    /** Merge into an existing unit (it carries on their history) or into a new one created under `parentId`. */
    intoId: id.optional(), newUnit: newUnitSchema.extend({ parentId: id }).optional(),
    /** Hand the merged units' resolutions (and so their targets) to the successor where it has none for the term. */
    reassignResolutions: z.boolean().default(false),
  }).refine((v) => (v.intoId === undefined) !== (v.newUnit === undefined), { path: ["intoId"], message: "mergeTarget" }),
  z.object({
    op: z.literal("split"), effectiveFrom: date, committeeId: id,
    /** The new units, created under the split unit's parent; the one at `successorIndex` carries on its history. */
    newUnits: z.array(newUnitSchema).min(2).max(20), successorIndex: z.coerce.number().int().min(0),
  }).refine((v) => v.successorIndex < v.newUnits.length, { path: ["successorIndex"], message: "successorIndex" }),
  z.object({ op: z.literal("rename"), effectiveFrom: date, committeeId: id, name, nameEn: z.string().trim().max(300).optional() }),
  z.object({ op: z.literal("dissolve"), effectiveFrom: date, committeeId: id }),
]);

export type RestructureInput = z.output<typeof restructureSchema>;

/** Apply names the versions the preview read, so it never applies a plan made on a tree that changed since. */
export const applySchema = z.object({ operation: restructureSchema, versions: z.record(z.string(), versionSchema) });

/** The committees an operation names (all must lie in the caller's subtree). */
export function namedCommittees(input: RestructureInput): number[] {
  switch (input.op) {
    case "move": return [input.committeeId, input.parentId];
    case "merge": return [...input.sourceIds, ...(input.intoId ? [input.intoId] : []), ...(input.newUnit ? [input.newUnit.parentId] : [])];
    case "split": case "rename": case "dissolve": return [input.committeeId];
  }
}
