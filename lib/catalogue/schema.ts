// zod schemas of the catalogue: data elements units enter and indicators computed from them.
import { z } from "zod";
import { idSchema } from "@/lib/ids";

const id = idSchema;
const code = z.string().trim().toUpperCase().regex(/^[A-Z][A-Z0-9_]{1,63}$/, "targets.codeFormat");
const name = z.string().trim().min(1, "required").max(300);
const unit = z.string().trim().min(1, "required").max(50);
/** Element codes separated by commas, spaces or "+" ("MEMBERS_EXCELLENT + MEMBERS_GOOD"). */
const codeList = z.string().max(2000).transform((s) => [...new Set(s.toUpperCase().split(/[\s,+]+/).filter(Boolean))]);

export const dataElementSchema = z.object({
  code,
  nameVi: name,
  nameEn: name,
  unitVi: unit,
  unitEn: unit,
  valueType: z.enum(["COUNT", "PERCENT", "MONEY"]),
  aggregation: z.enum(["SUM", "NONE"]),
  entryLevel: z.enum(["LEAF", "OWNER", "ANY"]).default("ANY"),
  groupCode: code,
});

export const elementIdSchema = z.object({ id });
export const retireElementSchema = z.object({ id, retired: z.enum(["true", "false"]).transform((v) => v === "true") });

export const indicatorSchema = z.object({
  code,
  nameVi: name,
  nameEn: name,
  unitVi: unit,
  unitEn: unit,
  scale: z.coerce.number("targets.scalePositive").positive("targets.scalePositive").max(1_000_000, "targets.scalePositive"),
  numerator: codeList.refine((c) => c.length > 0, "targets.numeratorRequired"),
  denominator: codeList,
});
