import { expect } from '@open-wc/testing';
import { mailtoUrl } from '../src/index.js';

function parse(url: string) {
  const [, rest = ''] = url.split(/^mailto:/);
  const [to = '', query = ''] = rest.split('?');
  const params = new URLSearchParams(query);
  return { to: decodeURIComponent(to), subject: params.get('subject'), body: params.get('body'), query };
}

describe('mailto URLs', () => {
  it('carries the recipient, subject and body, percent-encoded with CRLF line breaks', () => {
    const url = mailtoUrl({
      to: 'directory@council.example.gov.uk',
      subject: 'Problem with a listing: Tom & Jerry’s Café?',
      body: 'Line one\nLine two: 50% off + more #1\n\nGwasanaeth: Ysgol Gymraeg',
    })!;
    expect(url.startsWith('mailto:directory@council.example.gov.uk?subject=')).to.equal(true);
    expect(url).not.to.contain(' ');
    expect(url).not.to.contain('+');
    expect(url).to.contain('%0D%0A');
    expect(url).not.to.match(/[^%]0A/); // no bare line feeds
    const parsed = parse(url);
    expect(parsed.to).to.equal('directory@council.example.gov.uk');
    expect(parsed.subject).to.equal('Problem with a listing: Tom & Jerry’s Café?');
    expect(parsed.body).to.equal('Line one\r\nLine two: 50% off + more #1\r\n\r\nGwasanaeth: Ysgol Gymraeg');
  });

  it('encodes unusual characters in an address and joins several', () => {
    const url = mailtoUrl({ to: ['a+b@example.org', 'c@example.org'] })!;
    expect(url).to.equal('mailto:a%2Bb@example.org,c@example.org');
  });

  it('never throws on broken text: a lone surrogate becomes U+FFFD', () => {
    const url = mailtoUrl({ to: 'club@example.org', subject: 'Club \ud800', body: 'Name: \udc00 Club' })!;
    expect(parse(url).subject).to.equal('Club \ufffd');
    expect(parse(url).body).to.equal('Name: \ufffd Club');
  });

  it('refuses recipients that are not plain addresses (no header injection)', () => {
    expect(mailtoUrl({ to: 'club@example.org?bcc=harvest%40evil.example' })).to.equal(undefined);
    expect(mailtoUrl({ to: 'x@example.org?bcc=y@example.org', subject: 's' })).to.equal(undefined);
    expect(mailtoUrl({ to: 'not an address' })).to.equal(undefined);
    expect(mailtoUrl({ to: ['bad', 'ok@example.org'] })).to.equal('mailto:ok@example.org');
  });

  it('shortens a long body to keep the URL within what email apps accept, saying so', () => {
    const body = `${'Ŵ'.repeat(3000)}\nend`;
    const url = mailtoUrl({ to: 'a@example.org', subject: 'S', body, maxLength: 1900, shortenedNote: '(Shortened)' })!;
    expect(url.length).to.be.at.most(1900);
    const parsed = parse(url);
    expect(parsed.body!.endsWith('…\r\n\r\n(Shortened)')).to.equal(true);
    expect(parsed.body!.startsWith('ŴŴŴ')).to.equal(true);
  });

  it('leaves a short body whole', () => {
    const url = mailtoUrl({ to: 'a@example.org', body: 'short', shortenedNote: '(Shortened)' })!;
    expect(parse(url).body).to.equal('short');
  });
});
