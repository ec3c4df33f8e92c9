// `npm run setup`: makes an empty database a real installation, without demo data: the standard catalogue, the
// terms named, the root committee and the first administrator (prisma/seed/installation.ts). Works on
// DATABASE_URL or the embedded PostgreSQL, migrating it first. The password is typed at a hidden prompt, or given
// in CHITIEU_ADMIN_PASSWORD by a script. A second run with the same answers changes nothing.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { getScriptEnv } from "../lib/env";
import { SetupRefused, setUpInstallation, type SetupActivation } from "../prisma/seed/installation";
import { exitWhenDone, withCliDatabase } from "./lib/cli-database";

const USAGE = `npm run setup -- --term 2025-2030 [--term 2030-2035] --root-code AP --root-name "Đảng bộ tỉnh An Phú"
  [--root-name-en "An Phu Provincial Party Committee"] [--root-kind PROVINCIAL] [--admin admin] [--admin-name "…"] [--link [--link-hours 24]] [--force]`;

const { values: args } = parseArgs({
  options: {
    term: { type: "string", multiple: true, default: [] },
    "root-code": { type: "string" },
    "root-name": { type: "string" },
    "root-name-en": { type: "string" },
    "root-kind": { type: "string", default: "PROVINCIAL" },
    admin: { type: "string", default: "admin" },
    "admin-name": { type: "string", default: "Quản trị hệ thống" },
    link: { type: "boolean", default: false },
    "link-hours": { type: "string", default: "24" },
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

/** The one-time link, on the public address (NEXTAUTH_URL) or this machine's port. */
function printLink(activation: SetupActivation) {
  const env = getScriptEnv();
  const base = (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
  const link = `${base}/activate?u=${encodeURIComponent(activation.username)}&code=${activation.code}`;
  const until = activation.expiresAt.toISOString().slice(0, 16).replace("T", " ");
  console.log(`[chỉ tiêu] Liên kết dùng một lần để đặt mật khẩu quản trị (đến ${until} UTC) / One-time link to set the administrator's password (until ${until} UTC):`);
  console.log(`  ${link}`);
  console.log(`[chỉ tiêu] \`npm start\`, mở liên kết, đặt mật khẩu rồi đăng nhập. / Run \`npm start\`, open the link, set the password, then sign in.`);
}

async function main(): Promise<number> {
  if (args.help || !args["root-code"] || !args["root-name"] || args.term.length === 0) {
    console.error(`Cần nhiệm kỳ, mã và tên cấp ủy cao nhất. / Name the terms and the top-level committee's code and name:\n  ${USAGE}`);
    return args.help ? 0 : 2;
  }
  return withCliDatabase(async (db) => {
    // With --link the administrator sets the password in the browser, with a one-time link printed here.
    const hours = Number(args["link-hours"]);
    if (args.link && !(Number.isInteger(hours) && hours >= 1 && hours <= 168)) {
      throw new SetupRefused("--link-hours: từ 1 đến 168 giờ.", "--link-hours: 1 to 168 hours.");
    }
    const password = args.link ? undefined : await adminPassword();
    if (password === undefined && !args.link) {
      throw new SetupRefused("Không có mật khẩu: gõ khi được hỏi, đặt CHITIEU_ADMIN_PASSWORD, hoặc dùng --link.", "No password: type it at the prompt, set CHITIEU_ADMIN_PASSWORD, or use --link.");
    }
    const outcome = await setUpInstallation(db, {
      terms: args.term,
      root: { code: args["root-code"]!, name: args["root-name"]!, nameEn: args["root-name-en"], kind: args["root-kind"] as "PROVINCIAL" },
      admin: { username: args.admin, displayName: args["admin-name"], password },
      linkHours: args.link ? hours : undefined,
      force: args.force,
    });
    if (outcome.activation) printLink(outcome.activation);
    else if (args.link) console.log("[chỉ tiêu] Quản trị viên đã có mật khẩu: không tạo liên kết. / The administrator already has a password: no link.");
    if (!outcome.changed) {
      console.log("[chỉ tiêu] Đã cài đặt sẵn, không thay đổi gì. / Already set up: nothing changed.");
      return 0;
    }
    console.log(`[chỉ tiêu] Installed: ${outcome.catalogue} catalogue entries, terms ${outcome.terms.join(", ") || "—"}, ` +
      `top-level committee ${outcome.root ?? "(kept)"}, administrator ${outcome.admin ?? "(kept)"}.`);
    if (!outcome.activation) console.log(`[chỉ tiêu] Start with \`npm start\` and sign in as ${args.admin}.`);
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
