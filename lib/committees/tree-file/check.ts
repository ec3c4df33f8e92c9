// Checks a committee tree file against the tree stored in the importer's subtree and plans what applying it does.
// Pure: every finding is listed with its row and column, and nothing is planned when there is one.
//
// A row whose code is new adds a unit; a known code with another parent is a move, another name a rename, another
// kind a correction, a valid_to an end (a dissolution), all dated: moves and renames from the import's date, an end
// on its own date. An empty parent_code keeps a known unit where it is (the export writes its top row so).
import { COMMITTEE_KINDS, kindFitsUnder } from "@/lib/committees/kinds";
import type { CommitteeKind, GrassrootsType } from "@/lib/generated/prisma/enums";
import { GRASSROOTS_TYPES } from "@/lib/committees/grassroots-types";
import type { TreeColumn, TreeIssue, TreeRow } from "./columns";

export interface StoredUnit {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  kind: CommitteeKind;
  grassrootsType: GrassrootsType | null;
  /** The parent's code; for the top of the subtree, its parent outside it (or null at the root). */
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
}

export interface TreeCheckInput {
  rows: TreeRow[];
  /** Every unit of the importer's subtree, by code. */
  stored: Map<string, StoredUnit>;
  /** The importer's scope committee: it stays where it is. */
  scopeCode: string;
  /** The kind of the scope committee's parent (null at the root), to check a correction of the scope's kind. */
  scopeParentKind: CommitteeKind | null;
  /** Codes of the file used by units outside the subtree. */
  takenOutside: Set<string>;
  /** Kinds as people write them (the kind's code, or its name in either language), lower case. */
  kindNames: Map<string, CommitteeKind>;
  /** Types of grassroots as people write them (the code, or the name in either language), lower case. */
  typeNames: Map<string, GrassrootsType>;
  today: string;
  /** The date moves and renames take effect from. */
  effectiveFrom: string;
}

export interface NewUnit { row: number; code: string; name: string; nameEn: string; kind: CommitteeKind; grassrootsType: GrassrootsType | null; parentCode: string; validFrom: string; level: number }
export interface TreePlan {
  creates: NewUnit[];
  corrections: { row: number; id: number; code: string; kind: CommitteeKind; grassrootsType: GrassrootsType | null }[];
  renames: { row: number; id: number; code: string; name: string; nameEn: string }[];
  moves: { row: number; id: number; code: string; parentCode: string; depth: number }[];
  ends: { row: number; id: number; code: string; validTo: string; depth: number }[];
  unchanged: number;
}

const NEW_CODE = /^[A-Z0-9][A-Z0-9-]{0,63}$/;
const MAX_TEXT = 300;

/** A date as YYYY-MM-DD (also read from DD/MM/YYYY, as Vietnamese spreadsheets write it); null when not a real day. */
export function readDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2]!.padStart(2, "0"), vn[1]!.padStart(2, "0")] : [];
  if (!y) return null;
  const day = `${y}-${m}-${d}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

interface Parsed { row: number; code: string; name: string; nameEn: string; kind: CommitteeKind; grassrootsType: GrassrootsType | null; parentCode: string; validFrom: string; validTo: string | null }

export function checkTreeFile(input: TreeCheckInput): { issues: TreeIssue[]; plan: TreePlan | null } {
  const issues: TreeIssue[] = [];
  const fail = (row: number, column: TreeColumn | null, key: string, params?: TreeIssue["params"]) =>
    issues.push({ row, column, namespace: "treeImportErrors", key, ...(params ? { params } : {}) });
  const { stored, scopeCode } = input;

  // 1. Each row on its own.
  const parsed: Parsed[] = [];
  const firstRow = new Map<string, number>();
  for (const { row, cells } of input.rows) {
    const before = issues.length;
    const code = cells.code.toUpperCase();
    const known = stored.get(code);
    for (const column of ["code", "name", "kind", "valid_from"] as const) if (cells[column] === "") fail(row, column, "required");
    if (code && !known && !NEW_CODE.test(code)) fail(row, "code", "codeFormat", { code: cells.code });
    if (code && !known && input.takenOutside.has(code)) fail(row, "code", "codeTaken", { code });
    if (code && firstRow.has(code)) fail(row, "code", "duplicateCode", { code, first: firstRow.get(code)! });
    if (cells.name.length > MAX_TEXT) fail(row, "name", "tooLong", { max: MAX_TEXT });
    if (cells.name_en.length > MAX_TEXT) fail(row, "name_en", "tooLong", { max: MAX_TEXT });
    const kind = input.kindNames.get(cells.kind.toLowerCase());
    if (cells.kind && !kind) fail(row, "kind", "unknownKind", { kind: cells.kind, kinds: COMMITTEE_KINDS.join(", ") });
    const named = cells.grassroots_type ? input.typeNames.get(cells.grassroots_type.toLowerCase()) : undefined;
    if (cells.grassroots_type && !named) fail(row, "grassroots_type", "unknownGrassrootsType", { type: cells.grassroots_type, types: GRASSROOTS_TYPES.join(", ") });
    // Empty: a known unit keeps its type, a new one has none.
    const grassrootsType = named ?? known?.grassrootsType ?? null;
    const validFrom = cells.valid_from ? readDate(cells.valid_from) : null;
    const validTo = cells.valid_to ? readDate(cells.valid_to) : null;
    if (cells.valid_from && !validFrom) fail(row, "valid_from", "dateFormat", { value: cells.valid_from });
    if (cells.valid_to && !validTo) fail(row, "valid_to", "dateFormat", { value: cells.valid_to });
    if (validFrom && validFrom > input.today && !known) fail(row, "valid_from", "futureDate", { date: validFrom });
    if (validTo && validTo > input.today) fail(row, "valid_to", "futureDate", { date: validTo });
    if (validFrom && validTo && validTo < validFrom) fail(row, "valid_to", "datesOutOfOrder", { from: validFrom, to: validTo });
    const parentCode = cells.parent_code.toUpperCase();
    if (!known && parentCode === "") fail(row, "parent_code", "parentRequired");
    if (!known && validTo) fail(row, "valid_to", "newUnitEnded");
    if (known) {
      if (validFrom && validFrom !== known.validFrom) fail(row, "valid_from", "validFromChanged", { date: known.validFrom });
      if (known.validTo !== null) {
        const same = cells.name === known.name && cells.name_en === (known.nameEn ?? "") && kind === known.kind && grassrootsType === known.grassrootsType
          && (parentCode === "" || parentCode === known.parentCode) && validTo === known.validTo;
        if (!same) fail(row, null, "endedUnitChanged", { code, date: known.validTo });
      }
      if (code === scopeCode && parentCode !== "" && parentCode !== known.parentCode) fail(row, "parent_code", "ownScope");
      if (code === scopeCode && validTo && known.validTo === null) fail(row, "valid_to", "ownScope");
    }
    if (code && !firstRow.has(code)) firstRow.set(code, row);
    if (issues.length === before) {
      parsed.push({ row, code, name: cells.name, nameEn: cells.name_en, kind: kind!, grassrootsType, parentCode: parentCode || (known?.parentCode ?? ""), validFrom: validFrom!, validTo });
    }
  }

  // 2. The tree the file leaves: the stored subtree with every row laid over it.
  interface Node { code: string; parentCode: string | null; kind: CommitteeKind; active: boolean; row?: Parsed }
  const final = new Map<string, Node>();
  for (const s of stored.values()) final.set(s.code, { code: s.code, parentCode: s.code === scopeCode ? null : s.parentCode, kind: s.kind, active: s.validTo === null });
  for (const p of parsed) {
    final.set(p.code, { code: p.code, parentCode: p.code === scopeCode ? null : p.parentCode, kind: p.kind, active: p.validTo === null, row: p });
  }
  for (const p of parsed) {
    if (p.code === scopeCode) continue;
    const parent = final.get(p.parentCode);
    if (!parent) fail(p.row, "parent_code", "unknownParent", { code: p.parentCode });
    // A unit may have started before its parent was recorded (a root made at installation is dated that year).
    else if (!parent.active && p.validTo === null && stored.get(p.code)?.validTo == null) fail(p.row, "parent_code", "parentEnded", { code: p.parentCode });
  }
  // Cycles: walk up from each unit; a walk that meets itself marks every row on the loop.
  const depth = new Map<string, number>();
  const depthOf = (code: string) => {
    let path: string[] = [];
    const onPath = new Set<string>();
    let at = code;
    let base: number;
    for (;;) {
      if (depth.has(at)) { const known = depth.get(at)!; base = known < 0 ? -1 : known + 1; break; }
      if (onPath.has(at)) {
        for (const c of path.slice(path.indexOf(at))) {
          const row = final.get(c)?.row;
          if (row) fail(row.row, "parent_code", "cycle", { code: c, parent: row.parentCode });
          depth.set(c, -1);
        }
        path = path.slice(0, path.indexOf(at));
        base = -1;
        break;
      }
      path.push(at);
      onPath.add(at);
      const parent = final.get(at)?.parentCode;
      if (!parent || !final.has(parent)) { depth.set(path.pop()!, 0); base = 1; break; }
      at = parent;
    }
    // Units hanging from a loop are left out (-1); the loop's rows carry the finding.
    for (let i = path.length - 1, d = base; i >= 0; i--, d = d < 0 ? -1 : d + 1) depth.set(path[i]!, d);
  };
  for (const p of parsed) depthOf(p.code);

  // 3. Kinds: a unit in force whose own kind, parent or parent's kind the file changes must fit under its parent.
  const changedKind = new Set(parsed.filter((p) => stored.get(p.code) && stored.get(p.code)!.kind !== p.kind).map((p) => p.code));
  for (const p of parsed) {
    if (p.validTo !== null || depth.get(p.code) === -1) continue;
    const s = stored.get(p.code);
    if (p.code === scopeCode) {
      if (changedKind.has(p.code) && !kindFitsUnder(p.kind, input.scopeParentKind)) {
        fail(p.row, "kind", "kindNotUnder", { kind: p.kind, parent: input.scopeParentKind ?? "-" });
      }
      continue;
    }
    const parent = final.get(p.parentCode);
    if (!parent) continue;
    const touched = !s || s.parentCode !== p.parentCode || s.kind !== p.kind || changedKind.has(p.parentCode);
    if (touched && !kindFitsUnder(p.kind, parent.kind)) fail(p.row, "kind", "kindNotUnder", { kind: p.kind, parent: parent.kind });
  }
  // Units the file does not list, under a unit whose kind it changes.
  if (changedKind.size) {
    const listed = new Set(parsed.map((p) => p.code));
    for (const s of stored.values()) {
      if (listed.has(s.code) || s.validTo !== null || s.code === scopeCode || !s.parentCode || !changedKind.has(s.parentCode)) continue;
      const parent = final.get(s.parentCode)!;
      if (!kindFitsUnder(s.kind, parent.kind)) fail(parent.row!.row, "kind", "kindNotUnderChild", { kind: parent.kind, child: s.kind, code: s.code });
    }
  }
  // 4. An end: no unit stays in force under it.
  const ending = parsed.filter((p) => p.validTo !== null && stored.get(p.code)?.validTo === null);
  if (ending.length) {
    const ended = new Set(ending.map((p) => p.code));
    const blocker = new Map<string, string>();
    for (const n of final.values()) {
      if (n.active && n.parentCode && ended.has(n.parentCode) && !blocker.has(n.parentCode)) blocker.set(n.parentCode, n.code);
    }
    for (const p of ending) if (blocker.has(p.code)) fail(p.row, "valid_to", "endHasUnits", { code: blocker.get(p.code)! });
  }
  if (issues.length) return { issues: issues.sort((a, b) => a.row - b.row), plan: null };
  return { issues, plan: planOf(parsed, stored, depth) };
}

function planOf(parsed: Parsed[], stored: Map<string, StoredUnit>, depth: Map<string, number>): TreePlan {
  const plan: TreePlan = { creates: [], corrections: [], renames: [], moves: [], ends: [], unchanged: 0 };
  for (const p of parsed) {
    const s = stored.get(p.code);
    const d = depth.get(p.code) ?? 0;
    if (!s) {
      plan.creates.push({ row: p.row, code: p.code, name: p.name, nameEn: p.nameEn, kind: p.kind, grassrootsType: p.grassrootsType, parentCode: p.parentCode, validFrom: p.validFrom, level: d });
      continue;
    }
    if (s.validTo !== null) { plan.unchanged++; continue; }
    let changed = false;
    if (s.kind !== p.kind || s.grassrootsType !== p.grassrootsType) {
      plan.corrections.push({ row: p.row, id: s.id, code: p.code, kind: p.kind, grassrootsType: p.grassrootsType });
      changed = true;
    }
    if (s.name !== p.name || (s.nameEn ?? "") !== p.nameEn) { plan.renames.push({ row: p.row, id: s.id, code: p.code, name: p.name, nameEn: p.nameEn }); changed = true; }
    if (s.parentCode !== p.parentCode && s.parentCode !== null && p.parentCode !== "") { plan.moves.push({ row: p.row, id: s.id, code: p.code, parentCode: p.parentCode, depth: d }); changed = true; }
    if (p.validTo !== null) { plan.ends.push({ row: p.row, id: s.id, code: p.code, validTo: p.validTo, depth: d }); changed = true; }
    if (!changed) plan.unchanged++;
  }
  // New units top-down (a parent before its units), moves top-down too, ends bottom-up.
  plan.creates.sort((a, b) => a.level - b.level);
  plan.moves.sort((a, b) => a.depth - b.depth);
  plan.ends.sort((a, b) => b.depth - a.depth);
  return plan;
}
