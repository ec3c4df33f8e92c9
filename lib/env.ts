// The environment, read and validated once. Nothing else in the app reads process.env.
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** "1" on a demo install (embedded database with demo data): the sign-in page shows the demo accounts. */
  CHITIEU_DEMO: z.enum(["0", "1"]).default("0"),
  /** Largest number of connections one app instance opens to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Units a committee field lists whole; a larger scope gets a search field instead. */
  COMMITTEE_LIST_MAX: z.coerce.number().int().min(0).max(5_000).default(300),
}).refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_SECRET !== undefined, {
  // A server must never sign sessions with a guessable or empty secret. Development, tests and the command-line
  // tools sign none of their own (`npm run dev` gets one from the start script like `npm start`).
  path: ["NEXTAUTH_SECRET"],
  message: "NEXTAUTH_SECRET is required (at least 32 characters); `npm start` makes one for the embedded demo",
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
