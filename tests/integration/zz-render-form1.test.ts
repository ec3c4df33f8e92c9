// Not committed: Biểu 1 of the agencies' committee for 2025 on the demo seed → XLSX and PDF → PNG of the PDF's first
// page (pdfjs-dist inside a Playwright chromium page), all under /work/notes/shots-33/.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright";
import { beforeAll, expect, it } from "vitest";
import { readStatForm } from "@/lib/forms/queries";
import { renderStatForm } from "@/lib/forms/render";
import { seedDemo } from "../../prisma/seed/index";
import { useTestDatabase } from "./db";

const OUT = "/work/notes/shots-33";
const t = useTestDatabase();
beforeAll(async () => {
  await seedDemo(t.db);
});

it("renders Biểu 1 of the agencies' committee", async () => {
  const ids = Object.fromEntries((await t.db.committee.findMany()).map((c) => [c.code, c.id]));
  const model = (await readStatForm(t.sql, { scopeCommitteeId: ids.AP!, committeeId: ids["AP-CQD"]!, formCode: process.env.FORM ?? "1", year: 2025, issuedOn: new Date("2026-01-15T03:00:00Z") }))!;
  const base = `${OUT}/${model.fileBase}`;
  writeFileSync(`${base}.xlsx`, await renderStatForm(model, "xlsx"));
  const pdf = await renderStatForm(model, "pdf");
  writeFileSync(`${base}.pdf`, pdf);
  const dist = path.join(process.cwd(), "node_modules/pdfjs-dist/build");
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1240, height: 1754 } });
  await page.route("http://render.local/**", (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === "form.pdf") return route.fulfill({ body: pdf, contentType: "application/pdf" });
    if (name.endsWith(".mjs")) return route.fulfill({ body: readFileSync(path.join(dist, name)), contentType: "text/javascript" });
    return route.fulfill({ body: "<!doctype html><body style='margin:0;background:#888'><canvas id=c></canvas></body>", contentType: "text/html" });
  });
  await page.goto("http://render.local/index.html");
  // A module script, not page.evaluate: vitest would rewrite an import() inside the test's own code.
  await page.addScriptTag({ type: "module", content: `
    import * as lib from "http://render.local/pdf.mjs";
    lib.GlobalWorkerOptions.workerSrc = "http://render.local/pdf.worker.mjs";
    const doc = await lib.getDocument("http://render.local/form.pdf").promise;
    const first = await doc.getPage(1);
    const viewport = first.getViewport({ scale: 2 });
    const canvas = document.getElementById("c");
    canvas.width = viewport.width;
    canvas.height = viewport.height;
    await first.render({ canvas, canvasContext: canvas.getContext("2d"), viewport }).promise;
    window.rendered = true;` });
  await page.waitForFunction(() => (window as unknown as { rendered?: boolean }).rendered === true, undefined, { timeout: 60_000 });
  await page.locator("#c").screenshot({ path: `${base}.png` });
  await browser.close();
  expect(readFileSync(`${base}.png`).length).toBeGreaterThan(10_000);
}, 120_000);
