// A signed-in studio page proves a change comes from itself by sending the accel.csrf
// cookie's value back as x-csrf-token (lib/auth/csrf.ts); another site can read neither.
// Without sign-in there is no such cookie, and nothing is sent.
export function csrfHeaders(): Record<string, string> {
  if (typeof document === "undefined") return {};
  const token = /(?:^|;\s*)accel\.csrf=([^;]+)/.exec(document.cookie)?.[1];
  return token ? { "x-csrf-token": decodeURIComponent(token) } : {};
}
