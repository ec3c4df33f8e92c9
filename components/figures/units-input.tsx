"use client";
// Several units for one form field: the shared multiple-unit picker, posted as comma-separated ids.
import { useId, useState } from "react";
import { CommitteeListField } from "@/components/committees/committee-field";
import type { CommitteeChoices } from "@/lib/committees/search";

export function UnitsInput({ name, label, choices, removeLabel }: { name: string; label: string; choices: CommitteeChoices; removeLabel: string }) {
  const id = useId();
  const [values, setValues] = useState<string[]>([]);
  return (
    <div>
      <label htmlFor={id} className="font-medium">{label}</label>
      <CommitteeListField id={id} choices={choices} values={values} onChange={setValues} removeLabel={(unit) => `${removeLabel} ${unit}`}
        className="mt-1 w-full rounded border border-stone-300 px-3 py-2 text-base" />
      <input type="hidden" name={name} value={values.join(",")} />
    </div>
  );
}
