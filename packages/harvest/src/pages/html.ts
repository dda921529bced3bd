/** Writing HTML and XML by hand, safely: every value from a feed goes through `escape`. */

/** Text or an attribute value with `& < > " '` written as references. */
export function escape(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON to put inside `<script type="application/ld+json">`: still valid JSON, with nothing
 * that could end the script or open another (`</script>`, `<!--`), by writing `<`, `>` and
 * `&` (and the line separators JavaScript once disliked) as \u escapes.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
