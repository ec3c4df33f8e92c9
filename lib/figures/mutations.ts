// Figure actions, as action specs (see lib/auth/action.ts): session → role → scope → zod → run.
// A save refused for its content (rules broken, someone else's change in the way) fails like any action, with the
// per-field findings or the changed figures as the error's details (SaveRefusal); nothing is written.
import { idField, type ActionSpec } from "@/lib/auth/action";
import { rawTransaction } from "@/lib/sql";
import { applyRollupDeltas } from "./rollup";
import { saveYear } from "./save";
import { returnYearSchema, reviewYearSchema, saveFiguresSchema, unlockYearSchema } from "./schema";
import type { SaveOutcome } from "./types";
import { stepYear, type WorkflowAction } from "./workflow";
import { checkUnitsApproved } from "./approval-order";

const committee = async (raw: unknown) => [idField(raw, "committeeId")];

export const saveDraftSpec = {
  permission: "figure.enter",
  scope: committee,
  schema: saveFiguresSchema,
  run: (input, { viewer, db, now }) => saveYear(db, viewer, input, false, now),
} satisfies ActionSpec<typeof saveFiguresSchema, SaveOutcome>;

/** Saves what the form holds and submits the year in the same transaction. */
export const submitYearSpec = {
  permission: "figure.submit",
  scope: committee,
  schema: saveFiguresSchema,
  run: (input, { viewer, db, now }) => saveYear(db, viewer, input, true, now),
} satisfies ActionSpec<typeof saveFiguresSchema, SaveOutcome>;

type StepSchema = typeof reviewYearSchema | typeof returnYearSchema | typeof unlockYearSchema;

function stepSpec<S extends StepSchema>(action: WorkflowAction, permission: "figure.approve" | "figure.unlock", schema: S) {
  return {
    permission,
    scope: committee,
    schema,
    async run(input, { viewer, db }) {
      const comment = "comment" in input ? input.comment : "reason" in input ? input.reason : undefined;
      await rawTransaction(db, async (sql) => {
        const deltas = await stepYear(sql, action, { ...input, actorId: viewer.userId, comment });
        // After the step has locked the year; a unit below unlocked meanwhile is seen by whichever commits second.
        if (action === "figure.approve") await checkUnitsApproved(sql, input.committeeId, input.year);
        await applyRollupDeltas(sql, input.committeeId, input.year, deltas);
      });
      return { committeeId: input.committeeId, year: input.year };
    },
  } satisfies ActionSpec<S, { committeeId: number; year: number }>;
}

export const approveYearSpec = stepSpec("figure.approve", "figure.approve", reviewYearSchema);
/** Back to draft with a comment the editor sees on the form. */
export const returnYearSpec = stepSpec("figure.return", "figure.approve", returnYearSchema);
/** Unlocking an approved year needs a reason; it is audited like every step. */
export const unlockYearSpec = stepSpec("figure.unlock", "figure.unlock", unlockYearSchema);
