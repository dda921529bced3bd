/** How long ago a listing was checked, and whether that is too long. */

/** An ISO date (YYYY-MM-DD) from any date-ish value, or undefined when it is not a real date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (!text) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(text);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  if (m && date.getUTCDate() !== Number(m[3])) return undefined; // 2024-02-31
  return date.toISOString().slice(0, 10);
}

/** Whole months from `date` to `now` (0 if in the future). */
export function monthsSince(date: string, now: Date = new Date()): number {
  const d = new Date(`${date}T00:00:00Z`);
  let months = (now.getUTCFullYear() - d.getUTCFullYear()) * 12 + (now.getUTCMonth() - d.getUTCMonth());
  if (now.getUTCDate() < d.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/** Whether a listing last checked on `date` is older than `staleAfterMonths`. Unknown dates are stale. */
export function isStale(date: string | undefined, staleAfterMonths: number, now: Date = new Date()): boolean {
  if (!date) return true;
  return monthsSince(date, now) >= staleAfterMonths;
}
