/**
 * One rule for an element that works inside a finder or on its own (signpost-service,
 * signpost-map, signpost-feedback): each setting comes from the element's own attribute,
 * else from the finder's, else from the default. An attribute that is absent or empty is
 * not set.
 */
import { I18n, langOf, type StringTable } from './i18n.js';
import { memo } from './memo.js';

function isSet<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined && value !== '';
}

/** The element's own value, else the finder's, else the default. */
export function setting<T>(own: T | null | undefined, finder: T | null | undefined, fallback: T): T {
  if (isSet(own)) return own;
  return isSet(finder) ? finder : fallback;
}

/**
 * The same rule for an element's language and strings: with no `lang` or `strings` of its
 * own, the finder's I18n; otherwise its own language (else the finder's, else the page's)
 * with its own strings. Each element keeps one resolver, so its I18n is made once.
 */
export function i18nResolver(): (el: Element, lang: string | null | undefined, strings: Partial<StringTable>, finder: I18n | undefined) => I18n {
  const make = memo((lang: ReturnType<typeof langOf>, strings: Partial<StringTable>) => new I18n(lang, strings));
  return (el, lang, strings, finder) => {
    if (finder && !isSet(lang) && !Object.keys(strings).length) return finder;
    return make(isSet(lang) || !finder ? langOf(el, lang) : finder.lang, strings);
  };
}
