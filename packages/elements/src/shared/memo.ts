/**
 * Keeping the same object while nothing in it changed, so that Lit (which compares with
 * ===) and context consumers update only for real changes.
 */

/** `fn`, remembering its last result: called again with the same arguments (===), it returns that result. */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}

/** `previous` when `next` has the same keys holding the same values (===), else `next`. */
export function reuse<T extends object>(previous: T | undefined, next: T): T {
  if (!previous) return next;
  const keys = Object.keys(next) as Array<keyof T>;
  if (keys.length !== Object.keys(previous).length) return next;
  return keys.every((k) => previous[k] === next[k]) ? previous : next;
}
