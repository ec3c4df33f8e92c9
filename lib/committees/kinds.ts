import { AppError } from "@/lib/errors";
import type { CommitteeKind } from "@/lib/generated/prisma/enums";

export const COMMITTEE_KINDS = [
  "CENTRAL", "PROVINCIAL", "DISTRICT", "UPPER_GRASSROOTS", "GRASSROOTS", "GRASSROOTS_CELL", "PARTIAL_GRASSROOTS", "CELL",
] as const satisfies readonly CommitteeKind[];

// Which kind may sit directly under which (DESIGN.md: province → bloc/agency committee → grassroots committee →
// cell). The armed forces have several levels of upper-grassroots committees. Since July 2025 communes' grassroots committees sit directly under the province (no district level), and
// the central blocs' committees under the Central Committee; a cell directly under anything but a grassroots
// committee is a grassroots cell. A unit that ended hangs under its successor in the reporting tree whatever its
// kind, so the rule applies to units in force only.
const PARENT_KINDS: Record<CommitteeKind, readonly CommitteeKind[]> = {
  CENTRAL: [],
  PROVINCIAL: ["CENTRAL"],
  DISTRICT: ["PROVINCIAL"],
  UPPER_GRASSROOTS: ["CENTRAL", "PROVINCIAL", "DISTRICT", "UPPER_GRASSROOTS"],
  GRASSROOTS: ["PROVINCIAL", "DISTRICT", "UPPER_GRASSROOTS"],
  GRASSROOTS_CELL: ["PROVINCIAL", "DISTRICT", "UPPER_GRASSROOTS"],
  // Đảng bộ bộ phận: a level of committee inside a grassroots committee, over cells of its own.
  PARTIAL_GRASSROOTS: ["GRASSROOTS"],
  CELL: ["GRASSROOTS", "PARTIAL_GRASSROOTS"],
};

/** Whether a unit of `kind` may sit directly under a unit of `parentKind` (null: at the top of the tree). */
export function kindFitsUnder(kind: CommitteeKind, parentKind: CommitteeKind | null): boolean {
  if (parentKind === null) return kind === "CENTRAL" || kind === "PROVINCIAL";
  return PARENT_KINDS[kind].includes(parentKind);
}

/** The kinds that may sit under `parentKind`, in tree order (for messages and the form's hint). */
export function kindsUnder(parentKind: CommitteeKind): CommitteeKind[] {
  return COMMITTEE_KINDS.filter((k) => PARENT_KINDS[k].includes(parentKind));
}

/** Throws the restructuring refusal when a unit of `kind` may not sit under `parentKind`. */
export function assertKindFits(kind: CommitteeKind, parentKind: CommitteeKind | null): void {
  if (kindFitsUnder(kind, parentKind)) return;
  if (parentKind === null) throw new AppError("REFUSED", "restructureKindAtTop");
  throw new AppError("REFUSED", "restructureKindNotUnder", { kind, parent: parentKind });
}
