import { expect } from '@open-wc/testing';
import { safeEmail, safeLinkUrl, safeWebUrl, telHref } from '../src/url.js';

describe('url safety', () => {
  it('allows only http and https for web addresses, adding https to bare www', () => {
    expect(safeWebUrl('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(safeWebUrl('  http://example.org ')).to.equal('http://example.org/');
    expect(safeWebUrl('www.example.org')).to.equal('https://www.example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', 'mailto:a@b.c', '', 'not a url', 42, null, 'https://']) {
      expect(safeWebUrl(bad), String(bad)).to.equal(undefined);
    }
  });

  it('allows mailto and tel links as well', () => {
    expect(safeLinkUrl('mailto:info@example.org')).to.equal('mailto:info@example.org');
    expect(safeLinkUrl('tel:+441144960000')).to.equal('tel:+441144960000');
    expect(safeLinkUrl(' javascript:alert(1)')).to.equal(undefined);
  });

  it('accepts plausible emails only', () => {
    expect(safeEmail(' help@example.org ')).to.equal('help@example.org');
    expect(safeEmail('mailto:help@example.org')).to.equal('help@example.org');
    expect(safeEmail('not-an-email')).to.equal(undefined);
    expect(safeEmail('a@b')).to.equal(undefined);
    expect(safeEmail('"><script>@x.y')).to.equal(undefined);
  });

  it('accepts only a plain address: no mailto: parameters smuggled in', () => {
    for (const bad of [
      'club@example.org?bcc=harvest%40evil.example',
      'mailto:club@example.org?bcc=harvest@evil.example',
      'club@example.org&cc=x@y.z',
      'club@example.org,harvest@evil.example',
      'club%40example.org@evil.example',
      'club@example..org',
      `${'a'.repeat(250)}@example.org`,
    ]) {
      expect(safeEmail(bad), bad).to.equal(undefined);
    }
  });

  it('builds tel: hrefs from written numbers', () => {
    expect(telHref('0114 496 0123')).to.equal('tel:01144960123');
    expect(telHref('+44 (0)114 496 0123')).to.equal('tel:+4401144960123');
    expect(telHref('call us')).to.equal(undefined);
  });
});
