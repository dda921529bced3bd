// @signpost/core/sanitise: descriptions and tile credits as safe HTML. Markdown's renderer is
// a chunk of its own, fetched only for a Markdown description: this file's page starts without it.
import { expect } from '@open-wc/testing';
import { descriptionHtml, sanitiseHtml } from '@signpost/core/sanitise';

function elementsOf(html: string): Element[] {
  const t = document.createElement('template');
  t.innerHTML = html;
  return [...t.content.querySelectorAll('*')];
}

const markedRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/marked\//.test(n));

describe('sanitise: descriptions as safe HTML', () => {
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

  it('wraps plain text into escaped paragraphs', async () => {
    expect(await descriptionHtml('A & B\nline two\n\nSecond para')).to.equal('<p>A &#38; B<br>line two</p><p>Second para</p>');
    expect(await descriptionHtml('   ')).to.equal('');
    expect(await descriptionHtml('<img src=x onerror="alert(1)">')).to.equal('');
  });

  it('does not fetch the Markdown renderer for HTML or plain descriptions', async () => {
    await descriptionHtml('Plain words. And <b>HTML</b>.');
    await descriptionHtml('Just a sentence. And 3 * 4 = 12.');
    expect(markedRequests()).to.deep.equal([]);
  });

  it('renders Markdown (fetched then), sanitised, with headings demoted', async () => {
    const html = await descriptionHtml(
      '# Title\n\n**Bold** and [link](javascript:alert(1)) and [ok](https://example.org)\n\n- a\n- b\n\n<script>x</script><img src=x onerror="alert(1)">',
    );
    expect(markedRequests().length).to.be.greaterThan(0);
    expect(html).to.contain('<p><strong>Title</strong></p>');
    expect(html).to.contain('<strong>Bold</strong>');
    expect(html).to.contain('<li>a</li>');
    expect(html).not.to.match(/<h1|script|javascript|<img|onerror/i);
    expect(html).to.contain('href="https://example.org/"');
  });

  it('caps a description at the documented length before it is parsed', async () => {
    const html = await descriptionHtml(`<p>${'word '.repeat(20_000)}</p>`);
    expect(html.length).to.be.below(21_000);
    expect(html.endsWith('…</p>')).to.equal(true);
  });
});
