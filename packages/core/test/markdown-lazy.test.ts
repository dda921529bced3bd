// Markdown is rare in feeds, so its renderer is a chunk of its own, fetched only for a
// response that has a Markdown description. This file's page starts without it.
import { expect } from '@open-wc/testing';
import { descriptionToHtml, prepareMarkdown } from '../src/text.js';

const markedRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => /\/marked\//.test(n));

const markdown = '## Who it is for\n\n- parents\n- carers\n\n<img src=x onerror="alert(1)">';

describe('text: the Markdown renderer loads only when a response needs it', () => {
  it('shows Markdown as escaped plain text until then', () => {
    const html = descriptionToHtml(markdown);
    expect(html).to.equal('<p>## Who it is for</p><p>- parents<br>- carers</p><p>&#60;img src=x onerror=&#34;alert(1)&#34;&#62;</p>');
  });

  it('does not fetch it for responses with no Markdown description', async () => {
    await prepareMarkdown({ content: [{ name: '**not a description**', description: 'Plain words. And <b>HTML</b>.' }] });
    expect(markedRequests()).to.deep.equal([]);
    expect(descriptionToHtml(markdown)).not.to.contain('<li>');
  });

  it('fetches it for a Markdown description at any depth, then renders and sanitises', async () => {
    await prepareMarkdown({ contents: [{ service: { description: markdown } }] });
    expect(markedRequests().length).to.be.greaterThan(0);
    const html = descriptionToHtml(markdown);
    expect(html).to.contain('<p><strong>Who it is for</strong></p>');
    expect(html).to.contain('<li>parents</li>');
    expect(html).not.to.match(/<img|onerror/);
  });
});
