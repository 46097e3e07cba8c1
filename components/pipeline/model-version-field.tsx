import { describedBy, Field } from "@/components/ui/field";
import type { ModelPage } from "@/lib/queries/models";
import { ModelVersionSelect, type ModelRef } from "./model-version-select";
import { ProblemAlert } from "./problem-alert";

type ModelVersionFieldProps = {
  id: string;
  label: string;
  hint: string;
  error: string | null;
  /** The query of the models to choose from. */
  models: { data?: ModelPage; isPending: boolean; error: unknown };
  value: ModelRef | null;
  onChange: (model: ModelRef | null) => void;
  disabled?: boolean;
  emptyText: string;
};

/** A required choice of one model version, and the alert if the models could not be listed. */
export function ModelVersionField({ id, label, hint, error, models, value, onChange, disabled, emptyText }: ModelVersionFieldProps) {
  return (
    <>
      <Field id={id} label={label} isRequired error={error} hint={hint}>
        <ModelVersionSelect
          id={id}
          models={models.data?.items ?? []}
          value={value}
          onChange={onChange}
          isLoading={models.isPending}
          disabled={disabled}
          describedBy={describedBy(id, error, true)}
          emptyText={emptyText}
        />
      </Field>
      {models.error ? <ProblemAlert error={models.error} title="The models could not be listed" /> : null}
    </>
  );
}
