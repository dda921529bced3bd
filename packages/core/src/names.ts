/** Vocabulary names made readable (a small module: the client needs this, not the rest of text.ts). */

/**
 * A readable label from an identifier-like vocabulary name ("esdServiceTypes" -> "Service
 * types", "send_needs" -> "Send needs"); names that already read as words are kept. The
 * "esd"/"lga" prefixes are the LGA standards' namespaces, meaningless to families.
 */
export function readableName(name: string): string {
  const trimmed = name.trim();
  if (/\s/.test(trimmed) || !/[a-z][A-Z]|_|-/.test(trimmed)) return trimmed;
  const words = trimmed
    .replace(/^(esd|lga)(?=[A-Z_-])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const text = words.join(' ');
  return text ? text[0]!.toUpperCase() + text.slice(1) : trimmed;
}
