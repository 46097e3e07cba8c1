export function TagList({ tags, max }: { tags: Record<string, string>; max?: number }) {
  const entries = Object.entries(tags);
  const shown = max === undefined ? entries : entries.slice(0, max);
  if (!entries.length) return <span className="text-neutral-400">—</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {shown.map(([key, value]) => (
        <li key={key} className="rounded-sm bg-neutral-100 px-1.5 text-xs leading-5 whitespace-nowrap text-neutral-700">
          {value ? `${key}: ${value}` : key}
        </li>
      ))}
      {entries.length > shown.length && <li className="text-xs leading-5 text-neutral-500">+{entries.length - shown.length}</li>}
    </ul>
  );
}
