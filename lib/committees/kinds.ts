import type { CommitteeKind } from "@/lib/generated/prisma/enums";

export const COMMITTEE_KINDS = [
  "CENTRAL", "PROVINCIAL", "DISTRICT", "UPPER_GRASSROOTS", "GRASSROOTS", "GRASSROOTS_CELL", "CELL",
] as const satisfies readonly CommitteeKind[];
