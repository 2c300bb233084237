/** An LA as the lookup matches it. */
export interface AuthorityName {
  id: string;
  name: string;
  shortCode: string;
  gssCode: string;
}

export type AuthorityMatch<T extends AuthorityName> = { found: T } | { found: null; closeMatches: T[] };

const MAX_CLOSE_MATCHES = 5;

/** Lower case, single spaces, "&" read as "and", without "London Borough of" and the like. */
export function normaliseAuthorityName(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the )?(london borough of|royal borough of|borough of|council of the)\s+/, '')
    .replace(/\s+(council|borough council|london borough)$/, '');
}

/** Levenshtein distance: insertions, deletions and substitutions, each costing one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Finds an LA by GSS code, short code or name, ignoring case (and "London Borough of", "&" for
 * "and", punctuation). When nothing matches exactly, returns the closest names: those within a
 * small edit distance, or whose name contains (or starts like) what was typed.
 */
export function matchAuthority<T extends AuthorityName>(text: string, authorities: readonly T[]): AuthorityMatch<T> {
  const raw = text.trim().toLowerCase();
  const wanted = normaliseAuthorityName(text);
  const found = authorities.find(
    (a) => a.gssCode.toLowerCase() === raw || a.shortCode.toLowerCase() === raw || a.name.toLowerCase() === raw || normaliseAuthorityName(a.name) === wanted,
  );
  if (found) return { found };
  if (wanted.length === 0) return { found: null, closeMatches: [] };
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  const scored = authorities
    .map((a) => {
      const name = normaliseAuthorityName(a.name);
      const distance = Math.min(
        editDistance(wanted, name),
        editDistance(wanted, name.slice(0, wanted.length)) + 1,
        editDistance(raw, a.shortCode.toLowerCase()) + 1,
        editDistance(raw, a.gssCode.toLowerCase()),
      );
      const contains = wanted.length >= 3 && name.includes(wanted);
      return { a, distance: contains ? 0 : distance };
    })
    .filter((s) => s.distance <= tolerance)
    .sort((x, y) => x.distance - y.distance || x.a.name.localeCompare(y.a.name));
  return { found: null, closeMatches: scored.slice(0, MAX_CLOSE_MATCHES).map((s) => s.a) };
}
