// Applies scheduled restructurings when their day comes, in every app worker: shortly after start, then every ten
// minutes. The row lock in applyDueRestructures lets only one worker apply each one.
import { db } from "@/lib/db";
import { logUnexpected } from "@/lib/errors";
import { applyDueRestructures } from "./schedule";

const EVERY_MS = 10 * 60_000;
let started = false;

export function startRestructureSchedule(): void {
  if (started) return;
  started = true;
  const run = () => void applyDueRestructures(db).catch((error) => logUnexpected("scheduled restructures", error));
  setTimeout(run, 5_000).unref();
  setInterval(run, EVERY_MS).unref();
}
