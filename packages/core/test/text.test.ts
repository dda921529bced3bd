import { expect } from '@open-wc/testing';
import { sanitiseHtml } from '@signpost/core';
import { descriptionToHtml, detectFormat, htmlToText, loadMarkdown, plainText, readableName, summarise } from '../src/text.js';

function elementsOf(html: string): Element[] {
  const t = document.createElement('template');
  t.innerHTML = html;
  return [...t.content.querySelectorAll('*')];
}

describe('text: sanitising descriptions', () => {
  it('keeps formatting, lists and safe links, and drops everything else', () => {
    const html = sanitiseHtml(
      '<p style="color:red" class="x" data-id="1">Hi <strong>there</strong></p><ul><li>One</li></ul>' +
        '<script>alert(1)</script><img src=x onerror="alert(1)"><a href="https://example.org" onclick="x()">site</a>' +
        '<a href="javascript:alert(1)">bad</a><iframe src="https://evil"></iframe><h2>Head</h2>',
    );
    const tags = elementsOf(html).map((e) => e.tagName.toLowerCase());
    expect(tags).to.deep.equal(['p', 'strong', 'ul', 'li', 'a', 'a']);
    expect(html).not.to.match(/script|onerror|onclick|style=|class=|data-id|iframe|javascript/i);
    const links = elementsOf(html).filter((e) => e.tagName === 'A');
    expect(links[0]!.getAttribute('href')).to.equal('https://example.org/');
    expect(links[0]!.getAttribute('rel')).to.contain('noopener');
    expect(links[1]!.hasAttribute('href')).to.equal(false);
    expect(html).to.contain('Head');
  });

  it('tells HTML, Markdown and plain text apart', () => {
    expect(detectFormat('<p>Hello</p>')).to.equal('html');
    expect(detectFormat('Tea&nbsp;and cake')).to.equal('html');
    expect(detectFormat('## Who\n\n- parents\n- carers')).to.equal('markdown');
    expect(detectFormat('See [our site](https://example.org)')).to.equal('markdown');
    expect(detectFormat('Just a sentence. And 3 * 4 = 12.')).to.equal('plain');
  });

  it('renders Markdown, then sanitises it, with headings demoted', async () => {
    await loadMarkdown();
    const html = descriptionToHtml('# Title\n\n**Bold** and [link](javascript:alert(1)) and [ok](https://example.org)\n\n- a\n- b\n\n<script>x</script>');
    expect(html).to.contain('<strong>Title</strong>');
    expect(html).to.contain('<strong>Bold</strong>');
    expect(html).to.contain('<li>a</li>');
    expect(html).not.to.match(/<h1|script|javascript/i);
    expect(html).to.contain('href="https://example.org/"');
  });

  it('wraps plain text into escaped paragraphs', () => {
    expect(descriptionToHtml('A & B\nline two\n\nSecond para')).to.equal('<p>A &#38; B<br>line two</p><p>Second para</p>');
    expect(descriptionToHtml('   ')).to.equal('');
    expect(descriptionToHtml(null)).to.equal('');
  });

  it('turns sanitised HTML into spaced plain text', () => {
    expect(htmlToText('<p>One&nbsp;two</p><ul><li>three</li><li>four</li></ul>')).to.equal('One two three four');
    expect(plainText('<b>Bold</b> &amp; more')).to.equal('Bold & more');
    expect(plainText('')).to.equal(undefined);
    expect(plainText(12)).to.equal('12');
  });

  it('summarises to whole sentences within the limit, else cuts at a word', () => {
    const long = 'First sentence is short. Second sentence is a good deal longer than the first one was. Third.';
    expect(summarise(long, 40)).to.equal('First sentence is short.');
    expect(summarise('word '.repeat(50), 30)).to.match(/^(word ?)+…$/);
    expect(summarise('word '.repeat(50), 30).length).to.be.at.most(30);
    expect(summarise('Short.', 160)).to.equal('Short.');
  });

  it('makes identifier-like vocabulary names readable', () => {
    expect(readableName('esdServiceTypes')).to.equal('Service types');
    expect(readableName('sendNeeds')).to.equal('Send needs');
    expect(readableName('lga_circumstances')).to.equal('Circumstances');
    expect(readableName('Areas of SEND need')).to.equal('Areas of SEND need');
    expect(readableName('Needs')).to.equal('Needs');
  });
});
