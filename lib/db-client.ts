// Builds a Prisma client on the pg driver adapter. Shared by the app (lib/db.ts), scripts and tests,
// which is why it takes its settings as arguments instead of reading the environment.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(databaseUrl: string, poolSize = 10) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true, recoveryCodeHashes: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
