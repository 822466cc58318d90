/** The name without a trailing description in brackets: "Van 1 (Transit, MA21 XKL)" → "Van 1". */
export function plainName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, "").trim() || name;
}

/** What tells an asset from its siblings: a trailing "#2", "7" or "B" ("Impact driver #2", "Generator 7"). */
function splitSuffix(name: string): { front: string; suffix: string } {
  const match = /^(.*\S)\s+(#?\d+[A-Za-z]?|#?[A-Z])$/.exec(name);
  return match ? { front: match[1]!, suffix: match[2]! } : { front: name, suffix: "" };
}

/** Fewest characters a label may be cut to: three of the front, the ellipsis and the suffix. */
export function minLabelChars(name: string): number {
  const plain = plainName(name);
  const { suffix } = splitSuffix(plain);
  return Math.min(plain.length, suffix ? 3 + 2 + suffix.length : 4);
}

/**
 * The label for a marker in at most `maxChars` characters. The front is shortened, never the suffix that tells
 * "Pressure washer #1" from "#2": "Pressure… #2". The full name is in the tooltip and on the assets page.
 */
export function fitLabel(name: string, maxChars: number): string {
  const plain = plainName(name);
  const limit = Math.max(Math.floor(maxChars), minLabelChars(name));
  if (plain.length <= limit) {
    return plain;
  }
  const { front, suffix } = splitSuffix(plain);
  if (!suffix) {
    return `${plain.slice(0, limit - 1).trimEnd()}…`;
  }
  return `${front.slice(0, Math.max(3, limit - suffix.length - 2)).trimEnd()}… ${suffix}`;
}
