// The driver adapter the Prisma CLI's WebAssembly schema engine runs migrations through.
// It works around three bugs of @prisma/adapter-pg 6.19 (prisma/prisma#27403 and relatives); see
// ../shared/prisma-offline.md. Only the CLI uses this file; the app's client is in lib/db.ts.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// Column types adapter-pg can deserialize. The schema engine reads catalog columns of other types
// (name, "char", sql_identifier…) which adapter-pg refuses; they are all safe to read as text.
const KNOWN_TYPE_IDS = new Set([
  16, 17, 20, 21, 23, 25, 26, 114, 142, 650, 700, 701, 790, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1266,
  1560, 1562, 1700, 2950, 3802, 143, 199, 651, 791, 1000, 1001, 1005, 1007, 1009, 1014, 1015, 1016, 1021,
  1022, 1028, 1040, 1041, 1115, 1182, 1183, 1185, 1231, 1270, 1561, 1563, 2951, 3807,
]);
const TEXT = 25;
// PostgreSQL's one-byte "char" (pg_constraint.contype, pg_class.relkind…). The schema engine reads some of
// these columns with a char getter that panics on a text value ("RuntimeError: unreachable" in the WASM):
// describing any table with a CHECK constraint does, so `migrate dev` crashed on the shadow database.
const PG_CHAR = 18;
// ColumnTypeEnum.Character of @prisma/driver-adapter-utils (not a direct dependency, hence the literal).
const CHARACTER_COLUMN = 6;
// The "char" fields retyped to text, so the adapter can still report them to the engine as characters.
const charFields = new WeakSet<object>();

type AnyResult = { fields?: { dataTypeID: number }[] } | undefined;

function retypeFields(result: AnyResult | AnyResult[]) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of r?.fields ?? []) {
      if (f.dataTypeID === PG_CHAR) charFields.add(f);
      if (f.dataTypeID < 16384 && !KNOWN_TYPE_IDS.has(f.dataTypeID)) f.dataTypeID = TEXT;
    }
  }
  return result;
}

function patchClient(client: pg.PoolClient) {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: unknown, res: AnyResult) => last(err, err ? res : retypeFields(res));
      return original(...args);
    }
    const out = original(...args);
    return out instanceof Promise ? out.then(retypeFields) : out;
  };
}

function catalogSafePool(config: pg.PoolConfig) {
  const pool = new pg.Pool({ ...config, max: 2 });
  pool.on("connect", patchClient);
  return pool;
}

function discreteConfig(url: string, database?: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: database ?? decodeURIComponent(u.pathname.slice(1)),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

type RawQueryable = {
  queryRaw(query: unknown): Promise<{ columnTypes: number[] }>;
  performIO(query: unknown): Promise<{ fields: object[] }>;
};

/**
 * adapter-pg has no column type for "char" (it would throw UnsupportedNativeDataType), and as text the
 * engine's char getter panics, so report the "char" columns as characters. adapter-pg derives the column
 * types from the fields inside queryRaw; each call gets its own view of the queryable that notes the
 * fields, so concurrent queries cannot mix them up.
 */
function readCharsAsCharacters<T>(target: T): T {
  const queryable = target as unknown as RawQueryable;
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async (query: unknown) => {
    let fields: object[] = [];
    const noting = Object.create(queryable, {
      performIO: {
        value: async (q: unknown) => {
          const result = await queryable.performIO(q);
          fields = result.fields;
          return result;
        },
      },
    });
    const result = await queryRaw.call(noting, query);
    fields.forEach((field, i) => {
      if (charFields.has(field)) result.columnTypes[i] = CHARACTER_COLUMN;
    });
    return result;
  };
  return target;
}

/** Migrations may describe the database inside a transaction too. */
function readCharsEverywhere(adapter: Adapter): Adapter {
  readCharsAsCharacters(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => readCharsAsCharacters(await startTransaction(...args));
  return adapter;
}

/**
 * adapter-pg splits a migration script on every ";" and runs the pieces one by one, which breaks
 * function bodies and leaves a failed migration half applied. Sending the script whole runs it as one
 * implicit transaction.
 */
function runScriptsWhole(adapter: Adapter): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

/** PrismaPg whose shadow database really is a separate, disposable database. */
class MigrationAdapter extends PrismaPg {
  constructor(private readonly url: string) {
    super(catalogSafePool(discreteConfig(url)), { disposeExternalPool: true });
  }

  override async connect() {
    return readCharsEverywhere(runScriptsWhole(await super.connect()));
  }

  override async connectToShadowDb() {
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(discreteConfig(this.url, "postgres"));
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const shadowPool = catalogSafePool(discreteConfig(this.url, name));
    const adapter = readCharsEverywhere(runScriptsWhole(await new PrismaPg(shadowPool).connect()));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await shadowPool.end().catch(() => undefined);
      const dropper = new pg.Client(discreteConfig(this.url, "postgres"));
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

export function createMigrationAdapter(url: string) {
  return new MigrationAdapter(url);
}
