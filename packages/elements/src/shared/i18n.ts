/**
 * Per-locale strings (English, Welsh), overridable by the host: globally with
 * registerStrings('cy', {...}) or per element with its `strings` property. English is in
 * the drop-in file; Welsh is fetched when an element first speaks it (loadLang).
 */
import { en, type PluralForms, type StringKey, type StringTable } from './strings/en.js';

export type Lang = 'en' | 'cy';
export type { StringKey, StringTable };

const tables: Partial<Record<Lang, Partial<StringTable>>> = { en: { ...en } };
const overrides: Record<Lang, Partial<StringTable>> = { en: {}, cy: {} };
const loading = new Map<Lang, Promise<void>>();
/** Plural rules are costly to make: one per locale. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** Override strings for a language on the whole page. */
export function registerStrings(lang: Lang, strings: Partial<StringTable>): void {
  overrides[lang] = { ...overrides[lang], ...strings };
}

/** Strings a part loaded later brings with it (its English). */
export function addStrings(lang: Lang, strings: Partial<StringTable>): void {
  tables[lang] = { ...tables[lang], ...strings };
}

/** Whether a language's table is here (English always is). */
export function langReady(lang: Lang): boolean {
  return Boolean(tables[lang]);
}

/** Fetch a language's table, once (a failed fetch is tried again next time). */
export function loadLang(lang: Lang): Promise<void> {
  if (tables[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = import('./strings/cy.js').then(
      ({ cy }) => void (tables.cy = cy),
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

/** An element's language: its own `lang` if given, else the page's around it (a Welsh page gets Welsh). */
export function langOf(el: Element, own: string | null | undefined): Lang {
  return toLang(own || el.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
}

type Vars = Record<string, string | number>;

export class I18n {
  readonly lang: Lang;
  readonly #own: Partial<StringTable>;
  readonly #locale: string;

  /** Strings for `lang`: the element's own, else the page's overrides, else the language's table, else English. */
  constructor(lang: Lang = 'en', own: Partial<StringTable> = {}) {
    this.lang = lang;
    this.#locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
    this.#own = own;
  }

  t(key: StringKey, vars: Vars = {}): string {
    const lang = this.lang;
    const entry = this.#own[key] ?? overrides[lang][key] ?? tables[lang]?.[key] ?? overrides.en[key] ?? tables.en?.[key] ?? key;
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const forms = entry as PluralForms;
      const count = Number(vars.count ?? 0);
      let rules = pluralRules.get(this.#locale);
      if (!rules) pluralRules.set(this.#locale, (rules = new Intl.PluralRules(this.#locale)));
      text = (count === 0 ? forms.zero : undefined) ?? forms[rules.select(count)] ?? forms.other;
    }
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  }

  /** "March 2025" / "Mawrth 2025" from an ISO date (month names come from the table: not every browser has Welsh). */
  monthYear(isoDate: string): string {
    const [year, month] = isoDate.split('-');
    const name = this.t('monthNames').split(',')[Number(month) - 1] ?? month ?? '';
    return this.t('monthYear', { month: name.trim(), year: year ?? '' });
  }

  /** "1 December 2026" / "1 Rhagfyr 2026" from an ISO date. */
  dayMonthYear(isoDate: string): string {
    const day = Number(isoDate.slice(8, 10));
    return this.t('dayMonthYear', { day: Number.isFinite(day) ? day : '', monthYear: this.monthYear(isoDate) });
  }

  /** Pounds: "£3.50", "£0.50", "£1,250" (pence only when there are some). */
  money(value: number): string {
    return decimal(value, Number.isInteger(value) ? 0 : 2, true, '£');
  }

  /** "1,250", "1.3": at most `fractionDigits` decimals. */
  number(value: number, fractionDigits = 0): string {
    return decimal(value, fractionDigits, false);
  }
}

/**
 * A number as en-GB and cy-GB both write it (thousands by commas, a decimal point, the sign
 * before any `unit`: "-£3.50"), rounded as Intl rounds; `keep` keeps trailing zeros. Written
 * out rather than made with Intl.NumberFormat, whose first use loads number data: 50 to 130
 * ms on a slow phone, while the first results wait.
 */
function decimal(value: number, digits: number, keep: boolean, unit = ''): string {
  const size = Math.abs(value);
  // rounded on the number as written (2.675 to £2.68), not on its binary value (2.67499…)
  const rounded = Math.round(Number(`${size}e${digits}`)) / 10 ** digits;
  const [whole = '', fraction = ''] = (Number.isFinite(rounded) ? rounded : size).toFixed(digits).split('.');
  const shown = keep ? fraction : fraction.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${unit}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${shown ? `.${shown}` : ''}`;
}
