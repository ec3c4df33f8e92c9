// The environment, read and validated once: the app's settings (getEnv), and those of the command-line tools, the
// seed and Prisma's config (getScriptEnv), which run before the app has a database or a secret. Nothing else reads
// process.env (a script may still pass it on whole to a process it starts).
import { isIP } from "node:net";
import { z } from "zod";

const databaseUrl = z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgresql:// URL" });
const secret = z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters");
const port = z.coerce.number().int().min(1).max(65_535);

/**
 * The reverse proxies in front of the app server, whose X-Forwarded-For entries are believed (lib/auth/client-ip.ts):
 * none (the default: the connection's own address), how many (each appends one entry), or their addresses and
 * networks ("127.0.0.1, 10.0.0.0/8, ::1").
 */
const trustedProxies = z.string().trim().default("").transform((value, ctx) => {
  if (value === "") return { count: 0 } as const;
  if (/^\d+$/.test(value)) return { count: Math.min(Number(value), 20) } as const;
  const networks = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const network of networks) {
    const [address, bits, extra] = network.split("/");
    const family = isIP(address ?? "");
    const maxBits = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits))) {
      ctx.addIssue({ code: "custom", message: `"${network}" is not an address or network; use a count or e.g. "127.0.0.1, 10.0.0.0/8"` });
      return z.NEVER;
    }
  }
  return { networks } as const;
});

const schema = z.object({
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: secret.optional(),
  NEXTAUTH_URL: z.url().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Largest number of connections one app instance opens to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Units a committee field lists whole; a larger scope gets a search field instead. */
  COMMITTEE_LIST_MAX: z.coerce.number().int().min(0).max(5_000).default(300),
  CHITIEU_TRUSTED_PROXIES: trustedProxies,
  /**
   * Mail (optional, off when unset: Party networks may have no mail server): notices and a weekly digest also go to
   * accounts with an e-mail address. smtp://user:password@host:587 (STARTTLS when offered) or smtps://…:465.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL" }).optional(),
  /** The sender of those mails, e.g. "Chỉ tiêu <chitieu@tinhuy.vn>"; required with SMTP_URL. */
  MAIL_FROM: z.string().trim().min(3).max(300).optional(),
}).refine((env) => env.SMTP_URL === undefined || env.MAIL_FROM !== undefined, {
  path: ["MAIL_FROM"],
  message: "MAIL_FROM is required with SMTP_URL (the sender of notices by mail)",
}).refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_SECRET !== undefined, {
  // A server must never sign sessions with a guessable or empty secret. Development, tests and the command-line
  // tools sign none of their own (`npm run dev` gets one from the start script like `npm start`).
  path: ["NEXTAUTH_SECRET"],
  message: "NEXTAUTH_SECRET is required (at least 32 characters); `npm start` makes one for the embedded demo",
});

/**
 * `npm start`, the command-line tools, the seed and Prisma's config. Without DATABASE_URL, `npm start` and the
 * tools run the embedded PostgreSQL; the seed and Prisma's migrations need one (databaseUrlOf).
 */
const scriptSchema = z.object({
  DATABASE_URL: databaseUrl.optional(),
  /** Handed to the app as they are; `npm start` fills in what is missing. */
  NEXTAUTH_SECRET: secret.optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: port.default(3000),
  /** Port of the embedded PostgreSQL. */
  EMBEDDED_PG_PORT: port.default(54_329),
  /** Folder of the embedded PostgreSQL's data and the generated secret, relative to the project. */
  CHITIEU_DATA_DIR: z.string().min(1).default(".data"),
  /** Next.js processes sharing the app's port (scripts/serve.ts), or "auto": one per core. */
  CHITIEU_WORKERS: z.union([z.literal("auto"), z.coerce.number().int().min(1).max(256)]).default(1),
  /**
   * Requests each app process works on at once (scripts/lib/next-worker.mjs); the rest wait their turn in arrival
   * order. Beyond the cores' pace more at once only share the CPU: each is slower and all of them hold memory.
   */
  CHITIEU_IN_FLIGHT: z.coerce.number().int().min(1).max(1_000).default(8),
  /**
   * Heap cap of each app process in MB (--max-old-space-size); 0: V8's own sizing, which on a large server lets a busy
   * process grow past 1 GB of mostly garbage and slows its renders (at 50 requests/s, p95 850 ms with 512 MB or no cap
   * against 310–384 ms with 256–384 MB; docs/performance.md). 384 holds the largest imports: 250,000 figures, a
   * 100,000-unit tree file, and an upload at the 20 MB limit is refused at its first impossible cell, not held whole.
   */
  CHITIEU_HEAP_MB: z.coerce.number().int().refine((mb) => mb === 0 || (mb >= 128 && mb <= 65_536), "CHITIEU_HEAP_MB must be 0 or 128–65536").default(384),
  /** `npm run setup`'s first administrator's password, for scripts; typed at a hidden prompt otherwise. */
  CHITIEU_ADMIN_PASSWORD: z.string().min(1).optional(),
});

export type Env = z.infer<typeof schema>;
export type ScriptEnv = z.infer<typeof scriptSchema>;
type Source = Record<string, string | undefined>;

function parseWith<S extends z.ZodType>(zodSchema: S, source: Source): z.output<S> {
  const parsed = zodSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function parseEnv(source: Source): Env {
  return parseWith(schema, source);
}

export function parseScriptEnv(source: Source): ScriptEnv {
  return parseWith(scriptSchema, source);
}

let cached: Env | undefined;
let cachedScript: ScriptEnv | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export function getScriptEnv(): ScriptEnv {
  cachedScript ??= parseScriptEnv(process.env);
  return cachedScript;
}

/** DATABASE_URL for a tool that cannot start the embedded PostgreSQL itself (the seed, Prisma's migrations). */
export function databaseUrlOf(env: ScriptEnv): string {
  if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run through `npm start` or set it to a PostgreSQL URL");
  return env.DATABASE_URL;
}
