/**
 * What a service costs: `cost_options[]` (both dialects) and the `fees` text.
 *
 * The `free` rule, kept deliberately simple:
 * 1. any cost option with an amount above 0  -> false (it costs, at least for someone);
 * 2. else cost options exist and every one has amount 0 -> true;
 * 3. else the fees text says "free", "no charge" or "no cost" (and not "not free") and
 *    names no amount above £0 -> true;
 * 4. otherwise unknown (undefined): silence is not a price.
 */
import type { CostOption, Diagnostic } from '../model.js';
import { at, drop, isAbsent, objects, type JsonObject } from './read.js';
import { plain } from './fields.js';

/** An amount in pounds: a number, or a string such as "3.50" or "£3.50". Negative amounts are dropped. */
function amount(o: JsonObject, path: string, diags: Diagnostic[]): number | undefined {
  const value = o['amount'];
  if (isAbsent(value)) return undefined;
  const n = typeof value === 'string' && value.length <= 64 ? Number(value.trim().replace(/^£\s*/, '').replace(/,/g, '')) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) {
    drop(diags, at(path, 'amount'), 'expected an amount of at least 0', value);
    return undefined;
  }
  return n;
}

export function costOptions(o: JsonObject, path: string, diags: Diagnostic[]): CostOption[] {
  const out: CostOption[] = [];
  for (const [c, cPath] of objects(o, 'cost_options', path, diags)) {
    const option = plain(c, 'option', cPath, diags);
    const value = amount(c, cPath, diags);
    // Outpost-style feeds say what an amount is for in `cost_type` ("per session").
    const amountDescription = plain(c, 'amount_description', cPath, diags) ?? plain(c, 'cost_type', cPath, diags);
    if (option === undefined && value === undefined && amountDescription === undefined) continue;
    out.push({
      ...(option === undefined ? {} : { option }),
      ...(value === undefined ? {} : { amount: value }),
      ...(amountDescription === undefined ? {} : { amountDescription }),
    });
  }
  return out;
}

const SAYS_FREE = /\b(free|no charge|no cost)\b/i;
const SAYS_NOT_FREE = /\bnot\s+free\b/i;
const NAMES_A_PRICE = /£\s*(\d+(?:\.\d+)?)/g;

function namesAPrice(text: string): boolean {
  return [...text.matchAll(NAMES_A_PRICE)].some((m) => Number(m[1]) > 0);
}

/** Whether the service is free: see the rule at the top of this file. */
export function isFree(fees: string | undefined, options: CostOption[]): boolean | undefined {
  if (options.some((c) => (c.amount ?? 0) > 0)) return false;
  if (options.length > 0 && options.every((c) => c.amount === 0)) return true;
  if (fees && SAYS_FREE.test(fees) && !SAYS_NOT_FREE.test(fees) && !namesAPrice(fees)) return true;
  return undefined;
}
