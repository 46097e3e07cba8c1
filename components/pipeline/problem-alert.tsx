import { Alert } from "@/components/ui/alert";
import { describeError, isApiError } from "@/lib/client/api-error";

/**
 * A failed request in the server's words: the problem's title and detail, its code, and
 * the users it names when it is a 409 `in_use` (whatever list the problem carries).
 */
export function ProblemAlert({ error, title }: { error: unknown; title: string }) {
  const problem = isApiError(error) ? error.problem : null;
  const users = problem ? namedUsers(problem) : [];
  return (
    <Alert tone="error" title={isApiError(error) && error.code === "in_use" ? `${title}: still in use` : title}>
      <p>{describeError(error)}</p>
      {users.length > 0 && (
        <ul className="mt-1 list-disc pl-5" aria-label="Used by">
          {users.map((user) => (
            <li key={user}>{user}</li>
          ))}
        </ul>
      )}
      {isApiError(error) && (
        <p className="mt-0.5 text-xs text-red-800/80">
          {error.status ? `HTTP ${error.status} · ` : ""}
          <span className="font-mono">{error.code}</span>
        </p>
      )}
    </Alert>
  );
}

// The contract says a 409 names its users but not under which member; read the likely ones.
function namedUsers(problem: Record<string, unknown>): string[] {
  for (const key of ["usedBy", "services", "users"]) {
    const value = problem[key];
    if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  }
  return [];
}
