// `npm run db:seed`: loads the demo data into the database of DATABASE_URL, unless it already holds data.
import { openDatabase } from "@/lib/db-client";
import { databaseUrlOf, getScriptEnv } from "@/lib/env";
import { seedDemo } from "./seed/index";

const { db, close } = openDatabase(databaseUrlOf(getScriptEnv()), 2);
try {
  const started = Date.now();
  const outcome = await seedDemo(db);
  if (outcome.seeded) {
    console.log(`[chỉ tiêu] Demo data loaded: ${outcome.committees} committees, ${outcome.figures} figures (${Date.now() - started} ms).`);
  } else {
    console.log(`[chỉ tiêu] Demo data not loaded: ${outcome.reason}.`);
  }
} finally {
  await close();
}
