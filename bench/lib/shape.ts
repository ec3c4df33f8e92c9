// The shape of a synthetic tree of a given size, pure so a unit test can check it. National sizes get a
// central root with 34 provinces; smaller sizes are one province (its root is the provincial committee).
// Fan-out is uneven on purpose: each parent draws its number of children around the level's mean, and cells
// per grassroots unit follow an exponential distribution (many small, a few very large), so some subtrees are
// much heavier than others, as in the real Party.

export interface TreeShape {
  units: number;
  national: boolean;
  provinces: number;
  /** Mean districts or blocs per province. */
  districtsPerProvince: number;
  /** Mean grassroots units per district or bloc. */
  grassrootsPerDistrict: number;
  /** Mean cells per grassroots unit (exponential). */
  cellsPerGrassroots: number;
  /** Share of grassroots-level units that are upper-grassroots committees with grassroots units below (6 levels). */
  upperShare: number;
  /** Mean grassroots units under an upper-grassroots committee, and cells under each of those. */
  grassrootsPerUpper: number;
  cellsPerInnerGrassroots: number;
  /** Units one grassroots slot expands to on average, itself included. */
  unitsPerGrassroots: number;
}

export const NATIONAL_FROM = 20_000;
const PROVINCES = 34;
// floor() of an exponential with mean 6.5 averages about 6.
const CELLS = 6.5;
const UPPER_SHARE = 0.05;
const PER_UPPER = 4;
const CELLS_INNER = 3;

export function treeShape(units: number): TreeShape {
  if (!Number.isInteger(units) || units < 50) throw new Error("--units must be a whole number of at least 50");
  const national = units >= NATIONAL_FROM;
  const provinces = national ? PROVINCES : 1;
  // Units under one province, the province itself excluded.
  const perProvince = (units - 1 - (national ? provinces : 0)) / provinces;
  const districts = Math.min(15, Math.max(3, Math.round(Math.sqrt(perProvince) / 4)));
  // What one grassroots slot expands to, itself included.
  const perSlot = (1 - UPPER_SHARE) * (1 + CELLS) + UPPER_SHARE * (1 + PER_UPPER * (1 + CELLS_INNER));
  const grassroots = Math.max(1, (perProvince - districts) / (districts * perSlot));
  return {
    units, national, provinces, districtsPerProvince: districts, grassrootsPerDistrict: grassroots,
    cellsPerGrassroots: CELLS, upperShare: UPPER_SHARE, grassrootsPerUpper: PER_UPPER, cellsPerInnerGrassroots: CELLS_INNER,
    unitsPerGrassroots: perSlot,
  };
}
