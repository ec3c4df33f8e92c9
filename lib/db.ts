// The one Prisma client of the app. Password hashes are omitted from every query unless asked for.
import "server-only";
import { getEnv } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/db-client";

const globalForPrisma = globalThis as unknown as { chitieuDb?: Db };

function instance(): Db {
  // Created on first use, not at import, so `next build` needs no database; kept on globalThis so
  // development hot reloads reuse one pool.
  globalForPrisma.chitieuDb ??= createPrismaClient(getEnv().DATABASE_URL, getEnv().DATABASE_POOL_SIZE);
  return globalForPrisma.chitieuDb;
}

export const db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = instance();
    const value: unknown = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
