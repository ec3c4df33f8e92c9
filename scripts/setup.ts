// `npm run setup`: makes an empty database a real installation, without demo data: the standard catalogue, the
// terms named, the root committee and the first administrator (prisma/seed/installation.ts). Works on
// DATABASE_URL or the embedded PostgreSQL, migrating it first. The password is typed at a hidden prompt, or given
// in CHITIEU_ADMIN_PASSWORD by a script. A second run with the same answers changes nothing.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { getScriptEnv } from "../lib/env";
import { SetupRefused, setUpInstallation } from "../prisma/seed/installation";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";

const USAGE = `npm run setup -- --term 2025-2030 [--term 2030-2035] --root-code AP --root-name "Đảng bộ tỉnh An Phú"
  [--root-name-en "An Phu Provincial Party Committee"] [--root-kind PROVINCIAL] [--admin admin] [--admin-name "…"] [--force]`;

const { values: args } = parseArgs({
  options: {
    term: { type: "string", multiple: true, default: [] },
    "root-code": { type: "string" },
    "root-name": { type: "string" },
    "root-name-en": { type: "string" },
    "root-kind": { type: "string", default: "PROVINCIAL" },
    admin: { type: "string", default: "admin" },
    "admin-name": { type: "string", default: "Quản trị hệ thống" },
    force: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

/** Reads a line without echoing it. */
function hiddenPrompt(question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  process.stdout.write(question);
  return new Promise((resolve) => rl.question("", (answer) => {
    rl.close();
    process.stdout.write("\n");
    resolve(answer);
  }));
}

async function adminPassword(): Promise<string | undefined> {
  const given = getScriptEnv().CHITIEU_ADMIN_PASSWORD;
  if (given) return given;
  if (!process.stdin.isTTY) return undefined;
  const first = await hiddenPrompt(`Mật khẩu cho ${args.admin} / Password for ${args.admin}: `);
  const again = await hiddenPrompt("Nhập lại / Again: ");
  if (first !== again) throw new SetupRefused("Hai lần nhập mật khẩu không khớp: không thay đổi gì.", "The two passwords differ: nothing was changed.");
  return first;
}

async function main(): Promise<number> {
  if (args.help || !args["root-code"] || !args["root-name"] || args.term.length === 0) {
    console.error(`Cần nhiệm kỳ, mã và tên cấp ủy cao nhất. / Name the terms and the top-level committee's code and name:\n  ${USAGE}`);
    return args.help ? 0 : 2;
  }
  return withCliDatabase(async (db) => {
    const password = await adminPassword();
    if (password === undefined) {
      throw new SetupRefused("Không có mật khẩu: gõ khi được hỏi, hoặc đặt CHITIEU_ADMIN_PASSWORD.", "No password: type it at the prompt, or set CHITIEU_ADMIN_PASSWORD.");
    }
    const outcome = await setUpInstallation(db, {
      terms: args.term,
      root: { code: args["root-code"]!, name: args["root-name"]!, nameEn: args["root-name-en"], kind: args["root-kind"] as "PROVINCIAL" },
      admin: { username: args.admin, displayName: args["admin-name"], password },
      force: args.force,
    });
    if (!outcome.changed) {
      console.log("[chỉ tiêu] Đã cài đặt sẵn, không thay đổi gì. / Already set up: nothing changed.");
      return 0;
    }
    console.log(`[chỉ tiêu] Installed: ${outcome.catalogue} catalogue entries, terms ${outcome.terms.join(", ") || "—"}, ` +
      `top-level committee ${outcome.root ?? "(kept)"}, administrator ${outcome.admin ?? "(kept)"}.`);
    console.log(`[chỉ tiêu] Start with \`npm start\` and sign in as ${args.admin}.`);
    return 0;
  }, true);
}

exitWhenDone(main().catch((error: unknown) => {
  if (error instanceof SetupRefused) {
    console.error(error.message);
    return 1;
  }
  throw error;
}));
