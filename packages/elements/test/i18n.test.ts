import { expect } from '@open-wc/testing';
import { I18n } from '../src/shared/i18n.js';

describe('I18n numbers', () => {
  const values = [0, 0.5, 3.5, 25, 999.99, 1250, 1250.5, 1_000_000, -3.5, 2.675, 1.005, 999_999.995];

  for (const lang of ['en', 'cy'] as const) {
    it(`money in ${lang} reads as Intl's pounds do, with pence only when there are some`, () => {
      const i18n = new I18n(lang);
      for (const value of values) {
        const digits = Number.isInteger(value) ? 0 : 2;
        const intl = new Intl.NumberFormat(`${lang}-GB`, { style: 'currency', currency: 'GBP', minimumFractionDigits: digits, maximumFractionDigits: digits });
        expect(i18n.money(value), String(value)).to.equal(intl.format(value));
      }
    });
  }

  for (const lang of ['en', 'cy'] as const) {
    it(`numbers in ${lang} read as Intl's do, rounded alike`, () => {
      const i18n = new I18n(lang);
      for (const digits of [0, 1, 2]) {
        const intl = new Intl.NumberFormat(`${lang}-GB`, { minimumFractionDigits: 0, maximumFractionDigits: digits });
        for (const value of [...values, 1.25, 1.35, 1.45, 2.675, 0.04, 12_345_678.9, 999_999.95]) {
          expect(i18n.number(value, digits), `${value} to ${digits}`).to.equal(intl.format(value));
        }
      }
    });
  }

  it('money and numbers in English', () => {
    const en = new I18n('en');
    expect([en.money(3.5), en.money(25), en.money(1250), en.money(0.5)]).to.deep.equal(['£3.50', '£25', '£1,250', '£0.50']);
    expect([en.number(1250), en.number(1.25, 1), en.number(2, 1)]).to.deep.equal(['1,250', '1.3', '2']);
  });
});
