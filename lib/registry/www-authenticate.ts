// The WWW-Authenticate header of a 401, per RFC 9110 §11.6.1 and §11.2:
//   WWW-Authenticate = #challenge
//   challenge  = auth-scheme [ 1*SP ( token68 / #auth-param ) ]
//   auth-param = token BWS "=" BWS ( token / quoted-string )
// Registries send `Basic realm="…"` (distribution's htpasswd) or
// `Bearer realm="https://…/token",service="…",scope="repository:name:pull,push"`
// (the token authentication spec, distribution docs/spec/auth/token.md). Commas separate
// both challenges and parameters, and a quoted scope holds commas of its own, so the
// header is read token by token rather than split.

export type AuthChallenge = { scheme: string; params: Record<string, string> };

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+/;

/** The challenges of one header, schemes lowercased ("basic", "bearer"), parameter names too. */
export function parseWwwAuthenticate(header: string): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  let rest = header;
  const skip = (pattern: RegExp) => {
    rest = rest.replace(pattern, "");
  };
  while (rest.length > 0) {
    skip(/^[\s,]+/);
    const scheme = TOKEN.exec(rest)?.[0];
    if (!scheme) break;
    rest = rest.slice(scheme.length);
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    skip(/^ +/);
    // Parameters until the next challenge: a token not followed by "=" starts one.
    // (token68 challenges, as Negotiate sends, are no registry's and are not read.)
    while (rest.length > 0) {
      const name = TOKEN.exec(rest)?.[0];
      if (!name) break;
      const afterName = rest.slice(name.length).replace(/^\s*/, "");
      if (!afterName.startsWith("=")) break;
      rest = afterName.slice(1).replace(/^\s*/, "");
      challenge.params[name.toLowerCase()] = readValue();
      skip(/^\s*,?\s*/);
    }
  }
  return challenges;

  function readValue(): string {
    if (!rest.startsWith('"')) {
      const value = TOKEN.exec(rest)?.[0] ?? "";
      rest = rest.slice(value.length);
      return value;
    }
    let value = "";
    let at = 1;
    for (; at < rest.length && rest[at] !== '"'; at++) {
      // quoted-pair: a backslash quotes the next character (RFC 9110 §5.6.4).
      if (rest[at] === "\\" && at + 1 < rest.length) at++;
      value += rest[at];
    }
    rest = rest.slice(at + 1);
    return value;
  }
}
