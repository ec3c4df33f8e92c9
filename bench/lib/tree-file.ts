// A generated committee tree file of `units` rows under an existing unit (a province): districts and blocs, each
// with grassroots committees of six cells and grassroots cells, in the import's columns. Deterministic, so a test
// can name a deep unit by its code: <prefix>-D01-G001-C1 is a cell of the first grassroots committee of the first
// district.
export function generateTreeRows(units: number, parentCode: string, prefix: string, validFrom = "2020-01-01"): string[][] {
  const rows: string[][] = [];
  const districts = Math.min(40, Math.max(3, Math.round(Math.sqrt(units) / 4)));
  const perDistrict = Math.ceil(units / districts);
  const add = (code: string, name: string, nameEn: string, kind: string, parent: string) => {
    if (rows.length < units) rows.push([code, name, nameEn, kind, parent, validFrom, ""]);
  };
  for (let d = 1; d <= districts && rows.length < units; d++) {
    const district = `${prefix}-D${String(d).padStart(2, "0")}`;
    const bloc = d % 4 === 0;
    add(district, bloc ? `Đảng bộ Khối ${d}` : `Đảng bộ huyện ${d}`, bloc ? `Bloc committee ${d}` : `District committee ${d}`, bloc ? "UPPER_GRASSROOTS" : "DISTRICT", parentCode);
    const end = Math.min(units, d * perDistrict);
    for (let g = 1; rows.length < end; g++) {
      const grassroots = `${district}-G${String(g).padStart(3, "0")}`;
      if (g % 5 === 0) {
        add(grassroots, `Chi bộ cơ sở ${d}.${g}`, `Grassroots cell ${d}.${g}`, "GRASSROOTS_CELL", district);
        continue;
      }
      add(grassroots, `Đảng bộ xã ${d}.${g}`, `Commune committee ${d}.${g}`, "GRASSROOTS", district);
      for (let c = 1; c <= 6 && rows.length < end; c++) add(`${grassroots}-C${c}`, `Chi bộ thôn ${c}`, `Village cell ${c}`, "CELL", grassroots);
    }
  }
  return rows;
}
