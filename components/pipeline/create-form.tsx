import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { ProblemAlert } from "./problem-alert";

type CreateFormProps = {
  /** "New image": the form's heading and accessible name. */
  title: string;
  form: { mutation: { error: unknown; isPending: boolean; isSuccess: boolean }; isBusy: boolean; submit: (isValid: boolean) => void };
  /** Whether the fields as they stand may be sent (read on submit). */
  isValid: boolean;
  /** The submit button's words, and those while the request runs. */
  submitLabel: string;
  pendingLabel: string;
  /** The alert's title when the server refuses. */
  errorTitle: string;
  /** Where Cancel goes: the list page with the form closed. */
  cancelHref: string;
  children: ReactNode;
};

/** The card of a list page's "New …" form: heading, fields, the server's refusal, then submit and Cancel. */
export function CreateForm({ title, form, isValid, submitLabel, pendingLabel, errorTitle, cancelHref, children }: CreateFormProps) {
  const { mutation } = form;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        form.submit(isValid);
      }}
      noValidate
      aria-label={title}
      className="max-w-3xl space-y-4 rounded-sm border border-neutral-200 bg-white p-4"
    >
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
      {mutation.error ? <ProblemAlert error={mutation.error} title={errorTitle} /> : null}
      <div className="flex items-center gap-2 border-t border-neutral-200 pt-4">
        <Button type="submit" variant="primary" disabled={form.isBusy}>
          {mutation.isPending ? pendingLabel : mutation.isSuccess ? "Opening…" : submitLabel}
        </Button>
        <Link href={cancelHref} className={buttonClasses("secondary")}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
