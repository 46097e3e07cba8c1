/** Key authentication: on by default, as for Azure ML's AKS web services (auth_enabled=True). */
export function AuthField({ checked, onChange, disabled }: { checked: boolean; onChange: (checked: boolean) => void; disabled?: boolean }) {
  return (
    <div className="space-y-0.5">
      <label className="inline-flex items-center gap-2 text-sm font-medium text-neutral-800">
        <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} className="accent-brand-600" aria-describedby="auth-hint" />
        Require a key (authentication)
      </label>
      <p id="auth-hint" className="text-xs text-neutral-600">
        Callers send <code className="font-mono">authorization: Bearer &lt;key&gt;</code>. The two keys are shown once, when the service is created.
      </p>
    </div>
  );
}
