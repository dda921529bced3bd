/**
 * Per-locale strings (English, Welsh), overridable by the host: globally with
 * registerStrings('cy', {...}) or per element with its `strings` property.
 */
import { cy } from './strings/cy.js';
import { en, type PluralForms, type StringKey, type StringTable } from './strings/en.js';

export type Lang = 'en' | 'cy';
export type { StringKey, StringTable };

const tables: Record<Lang, StringTable> = { en: { ...en }, cy: { ...cy } };

/** Override strings for a language on the whole page. */
export function registerStrings(lang: Lang, strings: Partial<StringTable>): void {
  tables[lang] = { ...tables[lang], ...strings };
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
  readonly #table: StringTable;
  readonly #plural: Intl.PluralRules;
  readonly #locale: string;

  constructor(lang: Lang = 'en', overrides: Partial<StringTable> = {}) {
    this.lang = lang;
    this.#locale = lang === 'cy' ? 'cy-GB' : 'en-GB';
    this.#table = { ...tables[lang], ...overrides };
    this.#plural = new Intl.PluralRules(this.#locale);
  }

  t(key: StringKey, vars: Vars = {}): string {
    const entry = this.#table[key] ?? tables.en[key];
    let text: string;
    if (typeof entry === 'string') text = entry;
    else {
      const forms = entry as PluralForms;
      const count = Number(vars.count ?? 0);
      text = (count === 0 ? forms.zero : undefined) ?? forms[this.#plural.select(count)] ?? forms.other;
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

  /** Pounds: "£3.50", "£0.50", "£25" (pence only when there are some). */
  money(value: number): string {
    const whole = Number.isInteger(value);
    return new Intl.NumberFormat(this.#locale, { style: 'currency', currency: 'GBP', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }).format(value);
  }

  number(value: number, fractionDigits = 0): string {
    return new Intl.NumberFormat(this.#locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(value);
  }
}
