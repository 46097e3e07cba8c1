import { Select } from "@/components/ui/select";
import type { ModelDto } from "@/lib/models/to-model-dto";

export type ModelRef = { name: string; version: number };

type ModelVersionSelectProps = {
  id: string;
  models: ModelDto[];
  value: ModelRef | null;
  onChange: (model: ModelRef | null) => void;
  disabled?: boolean;
  isLoading?: boolean;
  describedBy?: string;
  emptyText: string;
};

// Model names cannot hold ':' (lib/models/schemas.ts), so "name:version" is a safe option value.
const toValue = (m: ModelRef) => `${m.name}:${m.version}`;

/** Every version of the given models, grouped by name, newest version first. */
export function ModelVersionSelect({ id, models, value, onChange, disabled, isLoading, describedBy, emptyText }: ModelVersionSelectProps) {
  const byName = new Map<string, ModelDto[]>();
  for (const m of [...models].sort((a, b) => a.name.localeCompare(b.name) || b.version - a.version)) {
    byName.set(m.name, [...(byName.get(m.name) ?? []), m]);
  }
  return (
    <Select
      id={id}
      className="w-full max-w-md font-mono"
      value={value ? toValue(value) : ""}
      disabled={disabled || isLoading || models.length === 0}
      aria-describedby={describedBy}
      onChange={(event) => {
        const picked = models.find((m) => toValue(m) === event.target.value);
        onChange(picked ? { name: picked.name, version: picked.version } : null);
      }}
    >
      <option value="">{isLoading ? "Loading models…" : models.length === 0 ? emptyText : "Choose a model version"}</option>
      {[...byName].map(([name, versions]) => (
        <optgroup key={name} label={name}>
          {versions.map((m) => (
            <option key={m.id} value={toValue(m)}>
              {m.name}:{m.version}
            </option>
          ))}
        </optgroup>
      ))}
    </Select>
  );
}
