import type { TargetReading } from "@/lib/dashboard/reading";

/** The value against its plan or target, then attainment and path, then a provisional year in amber. */
export function TargetReadingLines({ reading, size = "card" }: { reading: TargetReading; size?: "card" | "page" }) {
  const details = [reading.attainment, reading.path].filter((x): x is string => x !== null);
  return (
    <>
      <p className={`${size === "card" ? "text-lg" : "mt-1 text-lg"} tabular-nums`}>{reading.headline}</p>
      {details.length > 0 && <p className="text-sm text-stone-700 tabular-nums">{details.join(" · ")}</p>}
      {reading.provisional && (
        <p className="rounded bg-amber-50 px-2 py-1 text-sm text-amber-900 ring-1 ring-amber-300" data-testid="provisional">{reading.provisional}</p>
      )}
    </>
  );
}
