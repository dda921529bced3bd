import { expect } from '@open-wc/testing';
import {
  MAX_DESCRIPTION_LENGTH,
  capText,
  decodeEntities,
  descriptionText,
  detectFormat,
  htmlToText,
  plainText,
  summarise,
  wellFormed,
} from '../src/text.js';
import { readableName } from '../src/names.js';

describe('text: plain text from feed text, with no DOM', () => {
  it('tells HTML, Markdown and plain text apart', () => {
    expect(detectFormat('<p>Hello</p>')).to.equal('html');
    expect(detectFormat('Tea&nbsp;and cake')).to.equal('html');
    expect(detectFormat('## Who\n\n- parents\n- carers')).to.equal('markdown');
    expect(detectFormat('See [our site](https://example.org)')).to.equal('markdown');
    expect(detectFormat('Just a sentence. And 3 * 4 = 12.')).to.equal('plain');
  });

  it('turns HTML into spaced plain text: tags, comments and hidden content dropped, entities decoded', () => {
    expect(htmlToText('<p>One&nbsp;two</p><ul><li>three</li><li>four</li></ul>')).to.equal('One two three four');
    expect(htmlToText('<b>Bold</b>ness &amp; <i>more</i>')).to.equal('Boldness & more');
    expect(htmlToText('a<script>alert("<p>x</p>")</script>b<style>p{}</style>c<!-- <p>no</p> -->d')).to.equal('abcd');
    expect(htmlToText('<a title="a>b" href=\'x>y\'>link</a> and 3 < 4')).to.equal('link and 3 < 4');
    expect(htmlToText('Tea and <b class="x')).to.equal('Tea and');
    expect(htmlToText('&lt;script&gt; &#163;5 &#x20AC;6 &#146;s &wcirc;&ycirc; &bogus; &#0;')).to.equal('<script> £5 €6 ’s ŵŷ &bogus; \ufffd');
  });

  it('decodes numeric entities and the common named ones', () => {
    expect(decodeEntities('Caf&eacute; &ndash; &ldquo;Ysgol&rdquo; &acirc;&Acirc;&#8217;')).to.equal('Café – “Ysgol” âÂ’');
    expect(decodeEntities('&#x110000; &#xD800; AT&T')).to.equal('\ufffd \ufffd AT&T');
  });

  it('reads plain text from any untrusted string field, never HTML', () => {
    expect(plainText('<b>Bold</b> &amp; more')).to.equal('Bold & more');
    expect(plainText('  **kept** as  written ')).to.equal('**kept** as written');
    expect(plainText('')).to.equal(undefined);
    expect(plainText(12)).to.equal('12');
    expect(plainText('word '.repeat(100), 40)).to.equal(`${'word '.repeat(8).trim()}…`);
  });

  it('gives a description’s words, whatever it is written in', () => {
    expect(descriptionText('## About us\n\nWe give **free** advice:\n\n- debt\n- [benefits](https://example.org)')).to.equal(
      'About us We give free advice: debt benefits',
    );
    expect(descriptionText('<p>Tea</p><p>Cake</p>')).to.equal('Tea Cake');
    expect(descriptionText('Plain\n\n  words ')).to.equal('Plain words');
  });

  it('summarises to whole sentences within the limit, else cuts at a word', () => {
    const long = 'First sentence is short. Second sentence is a good deal longer than the first one was. Third.';
    expect(summarise(long, 40)).to.equal('First sentence is short.');
    expect(summarise('word '.repeat(50), 30)).to.match(/^(word ?)+…$/);
    expect(summarise('word '.repeat(50), 30).length).to.be.at.most(30);
    expect(summarise('Short.', 160)).to.equal('Short.');
    expect(summarise('Hello.world is one word. Next sentence goes past the limit for sure.', 30)).to.equal('Hello.world is one word.');
  });

  it('cuts long text at a safe point: not in a tag, an entity or a character', () => {
    expect(capText('short', 10)).to.equal('short');
    expect(capText('<p>Tea and cake</p><a href="https://example.org/long">x</a>', 30)).to.equal('<p>Tea and cake</p>…');
    expect(capText('Fish &amp; chips', 10)).to.equal('Fish…');
    const emoji = `${'a'.repeat(8)}😀😀`;
    expect(wellFormed(capText(emoji, 10))).to.equal(capText(emoji, 10));
    const cut = capText('word '.repeat(10_000), MAX_DESCRIPTION_LENGTH);
    expect(cut.length).to.be.at.most(MAX_DESCRIPTION_LENGTH);
    expect(cut.endsWith('word…')).to.equal(true);
  });

  it('makes text well-formed: a lone surrogate becomes U+FFFD', () => {
    expect(wellFormed('a\ud800b')).to.equal('a\ufffdb');
    expect(wellFormed('😀')).to.equal('😀');
    expect(() => encodeURIComponent(wellFormed('x\udc00'))).not.to.throw();
  });

  it('makes identifier-like vocabulary names readable', () => {
    expect(readableName('esdServiceTypes')).to.equal('Service types');
    expect(readableName('sendNeeds')).to.equal('Send needs');
    expect(readableName('lga_circumstances')).to.equal('Circumstances');
    expect(readableName('Areas of SEND need')).to.equal('Areas of SEND need');
    expect(readableName('Needs')).to.equal('Needs');
  });
});
