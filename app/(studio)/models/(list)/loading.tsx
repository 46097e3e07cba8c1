export default function ModelsLoading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      <div className="mb-2 h-6 w-40 rounded-sm bg-neutral-200" />
      <div className="mb-6 h-4 w-96 rounded-sm bg-neutral-200" />
      <div className="space-y-1.5">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-8 rounded-sm bg-neutral-200/70" />
        ))}
      </div>
    </div>
  );
}
