/**
 * report.html: the feed health figures as one self-contained page a directory manager can
 * read (no scripts, no external files). Each chart is a table whose last column draws
 * the bar, so the figures are there as text for everyone and the bars are decoration.
 * Everything that came from a feed is escaped. No Node APIs: the page can be drawn
 * anywhere (the browser tests run axe over it).
 */
import type { FeedHealth, HarvestReport, Share } from './report.js';

const escapeMap: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function esc(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => escapeMap[c]!);
}

const whole = new Intl.NumberFormat('en-GB');

/** "1 page", "4 pages". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${whole.format(n)} ${n === 1 ? one : many}`;
}

function percent(share: number): string {
  const p = share * 100;
  return `${p > 0 && p < 1 ? '<1' : Math.round(p)}%`;
}

function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return esc(iso);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' (UTC)';
}

function feedName(feed: FeedHealth): string {
  if (feed.directory) return feed.directory;
  try {
    return new URL(feed.endpoint).host;
  } catch {
    return feed.endpoint;
  }
}

/**
 * A table in a box that scrolls sideways on a narrow screen rather than widening the page;
 * the box can take focus, so it can be scrolled from the keyboard too.
 */
function table(caption: string, head: string, body: string, about?: string): string {
  const label = about ? `${caption}: ${about}` : caption;
  return (
    `<div class="table-box" role="region" aria-label="${esc(label)}" tabindex="0">` +
    `<table><caption>${esc(caption)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></div>`
  );
}

interface BarRow {
  label: string;
  count: number;
  /** 0 to 1: the bar's length. */
  share: number;
  /** The figure shown beside the count, e.g. "12%". */
  figure?: string;
}

/** A chart as a table: what, how many, the figure, and a bar drawn in CSS. */
function barTable(caption: string, headings: [string, string], rows: BarRow[], about?: string): string {
  const body = rows
    .map(
      (r) => `<tr><th scope="row">${esc(r.label)}</th><td class="num">${whole.format(r.count)}</td><td class="num">${esc(r.figure ?? '')}</td>` +
        `<td class="bar-cell"><span class="track" aria-hidden="true"><span class="bar" style="width:${Math.min(100, Math.max(0, r.share * 100)).toFixed(1)}%"></span></span></td></tr>`,
    )
    .join('');
  return table(
    caption,
    `<tr><th scope="col">${esc(headings[0])}</th><th scope="col" class="num">${esc(headings[1])}</th><th scope="col" class="num">Share</th><th scope="col"><span class="visually-hidden">Bar</span></th></tr>`,
    body,
    about,
  );
}

const shareRow = (label: string, s: Share): BarRow => ({ label, count: s.count, share: s.share, figure: percent(s.share) });

function overview(report: HarvestReport): string {
  const rows = report.feeds
    .map((f, i) => {
      const cells =
        f.status === 'read'
          ? [f.missing.location, f.missing.contact, f.missing.description, f.missing.checkedDate, f.stale].map((s) => `<td class="num">${percent(s.share)}</td>`).join('')
          : `<td colspan="5">${f.status === 'interrupted' ? 'Not finished' : 'Could not be read'}</td>`;
      return `<tr><th scope="row"><a href="#feed-${i + 1}">${esc(feedName(f))}</a></th><td class="num">${whole.format(f.records)}</td>${cells}</tr>`;
    })
    .join('');
  const head =
    `<tr><th scope="col">Feed</th><th scope="col" class="num">Records</th><th scope="col" class="num">No place</th><th scope="col" class="num">No contact</th>` +
    `<th scope="col" class="num">No description</th><th scope="col" class="num">No checked date</th><th scope="col" class="num">Stale</th></tr>`;
  return `<section aria-labelledby="overview"><h2 id="overview">All feeds at a glance</h2>${table("Share of each feed's records with each gap", head, rows)}</section>`;
}

function feedSection(feed: FeedHealth, i: number, months: number): string {
  const id = `feed-${i + 1}`;
  const facts = [
    ['Address', `<code>${esc(feed.endpoint)}</code>`],
    ['Dialect', esc(feed.dialect ? `ORUK ${feed.dialect}` : 'not known')],
    ['Read', `${count(feed.pages, 'page')} and ${count(feed.details, 'service detail')}, in ${feed.seconds} seconds`],
    [
      'Requests',
      `${whole.format(feed.requests)} (${whole.format(feed.retries)} retried; ${whole.format(feed.rateLimited)} answered “too many requests”, ${whole.format(feed.serverErrors)} server errors; ${feed.waitedSeconds} seconds waited)`,
    ],
    ...(feed.resumed.pages || feed.resumed.details
      ? [['Resumed', `${count(feed.resumed.pages, 'page')} and ${count(feed.resumed.details, 'detail')} read by an earlier run that was stopped`]]
      : []),
  ]
    .map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`)
    .join('');
  const head = `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${esc(feedName(feed))}</h2><dl class="facts">${facts}</dl>`;
  if (feed.status !== 'read') {
    return `${head}<p class="problem"><strong>${feed.status === 'interrupted' ? 'Not finished.' : 'This feed could not be read.'}</strong> ${esc(feed.error ?? '')}</p></section>`;
  }
  const gaps = barTable(`Share of the ${whole.format(feed.records)} records`, ['Gap', 'Records'], [
    shareRow('No place (no location or address)', feed.missing.location),
    shareRow('No phone number or email address', feed.missing.contact),
    shareRow('No description', feed.missing.description),
    shareRow('No assured or last-checked date', feed.missing.checkedDate),
    shareRow(`Stale (last checked more than ${months} months ago)`, feed.stale),
    shareRow('Also listed by another feed', feed.alsoElsewhere),
  ], feedName(feed));
  const d = feed.duplicateIds;
  const invalid =
    table(
      'Values that could not be used, and repeated ids',
      '<tr><th scope="col">What</th><th scope="col" class="num">How many</th></tr>',
      [
        ['Invalid web addresses (dropped)', feed.invalid.urls],
        ['Invalid email addresses (dropped)', feed.invalid.emails],
        ['Invalid phone numbers (dropped)', feed.invalid.phones],
        ['Ids used by more than one listing', d.ids.length],
        ['Repeats that were the same record (listed once)', d.sameRecord],
        ['Repeats that were different records (each kept)', d.keptBoth],
      ]
        .map(([what, count]) => `<tr><th scope="row">${what}</th><td class="num">${whole.format(count as number)}</td></tr>`)
        .join(''),
      feedName(feed),
    ) + (d.ids.length ? `<p>Repeated ids: ${d.ids.slice(0, 20).map((x) => `<code>${esc(x)}</code>`).join(', ')}${d.ids.length > 20 ? ' and more' : ''}.</p>` : '');
  const notes = feed.notes.length ? `<ul>${feed.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul>` : '';
  const quirks = feed.quirks.length
    ? table(
        'Values dropped or doubted while reading, most frequent first',
        '<tr><th scope="col">Where in a record</th><th scope="col">What (first seen)</th><th scope="col" class="num">Times</th></tr>',
        feed.quirks.map((q) => `<tr><td><code>${esc(q.where)}</code></td><td>${esc(q.message)}</td><td class="num">${whole.format(q.count)}</td></tr>`).join(''),
        feedName(feed),
      )
    : '<p>Nothing was dropped or doubted while reading this feed.</p>';
  return `${head}<h3>What the records lack</h3>${gaps}<h3>Invalid values and repeated ids</h3>${invalid}<h3>Quirks met reading the feed</h3>${notes}${quirks}</section>`;
}

function mergeSection(report: HarvestReport): string {
  const m = report.merge;
  const names = (i: number) => esc(report.feeds[i] ? feedName(report.feeds[i]) : `feed ${i + 1}`);
  const intro = `<p>${whole.format(m.listings)} listings from ${report.feeds.length} feeds make ${whole.format(m.services)} services: ${whole.format(m.merged)} services are listed by more than one feed and appear once, with every listing kept as a source. Listings match when their names match and so does a postcode, the website, a phone number or an email address. Where copies disagree, the most recently checked copy wins.</p>`;
  if (!m.merged) return `<section aria-labelledby="merge"><h2 id="merge">Merging the feeds</h2>${intro}</section>`;
  const kinds = barTable('What matched besides the name', ['Matched on', 'Services'], [
    { label: 'Postcode', count: m.matchedOn.postcode, share: m.matchedOn.postcode / m.merged, figure: percent(m.matchedOn.postcode / m.merged) },
    { label: 'Website', count: m.matchedOn.website, share: m.matchedOn.website / m.merged, figure: percent(m.matchedOn.website / m.merged) },
    { label: 'Phone number', count: m.matchedOn.phone, share: m.matchedOn.phone / m.merged, figure: percent(m.matchedOn.phone / m.merged) },
    { label: 'Email address', count: m.matchedOn.email, share: m.matchedOn.email / m.merged, figure: percent(m.matchedOn.email / m.merged) },
  ]);
  const conflictRows = Object.entries(m.conflicts).sort((a, b) => b[1] - a[1]);
  const conflicts = conflictRows.length
    ? barTable('Where copies disagreed (the most recently checked copy was kept)', ['Field', 'Services'], conflictRows.map(([field, count]) => ({ label: field, count, share: count / m.merged, figure: percent(count / m.merged) })))
    : '<p>The copies agreed on everything.</p>';
  const groups = table(
    `Services listed by more than one feed${m.groups.length < m.merged ? ` (the first ${m.groups.length})` : ''}`,
    '<tr><th scope="col">Service</th><th scope="col">Listed by</th><th scope="col">Matched on</th><th scope="col">Copy kept</th></tr>',
    m.groups
      .map(
        (g) =>
          `<tr><th scope="row">${esc(g.name)}</th><td>${g.listings.map((l) => `${names(l.feed)} (${esc(l.lastChecked ?? 'no date')})`).join('; ')}</td>` +
          `<td>${esc(['name', ...g.matchedOn].join(', '))}</td><td>${names(g.winner)}</td></tr>`,
      )
      .join(''),
  );
  return `<section aria-labelledby="merge"><h2 id="merge">Merging the feeds</h2>${intro}${kinds}${conflicts}${groups}</section>`;
}

const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5;color:#0b0c0c;background:#fff}
body{margin:0}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{border-bottom:4px solid #1d70b8;padding-bottom:.5rem}
h1{font-size:2rem;margin:1rem 0 .25rem}
h2{font-size:1.5rem;margin:2.5rem 0 .5rem;border-top:1px solid #b1b4b6;padding-top:1rem}
h3{font-size:1.15rem;margin:1.5rem 0 .5rem}
a{color:#1d70b8}
a:focus{outline:3px solid #ffdd00;background:#ffdd00;color:#0b0c0c}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
table{border-collapse:collapse;width:100%}
.table-box{overflow-x:auto;margin:.5rem 0 1rem}
.table-box:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:0 0 0 5px #0b0c0c}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #b1b4b6}
thead th{border-bottom:2px solid #0b0c0c}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.bar-cell{width:35%;vertical-align:middle}
.track{display:block;height:1rem;background:#dee0e2;border:1px solid #505a5f}
.bar{display:block;height:100%;background:#1d70b8;min-width:0}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.facts dt{font-weight:700}
.facts dd{margin:0;overflow-wrap:anywhere}
.problem{border-left:5px solid #d4351c;padding:.5rem 1rem;background:#fef2f0}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);border:0;white-space:nowrap}
footer{margin-top:3rem;border-top:1px solid #b1b4b6;padding-bottom:2rem;font-size:.95rem;color:#383f43}
@media (max-width:40rem){.bar-cell{width:25%}.facts{grid-template-columns:1fr}}
@media print{.track{border-color:#000}.bar{background:#000;print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

export function reportHtml(report: HarvestReport): string {
  const read = report.feeds.filter((f) => f.status === 'read');
  const records = read.reduce((n, f) => n + f.records, 0);
  const title = `Feed health report, ${new Date(report.harvestedAt).toISOString().slice(0, 10)}`;
  const nav = report.feeds.length > 1
    ? `<nav aria-label="Feeds"><ul>${report.feeds.map((f, i) => `<li><a href="#feed-${i + 1}">${esc(feedName(f))}</a></li>`).join('')}<li><a href="#merge">Merging the feeds</a></li></ul></nav>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Feed health report</h1>
<p>Harvested ${when(report.harvestedAt)}. ${read.length} of ${report.feeds.length} feeds read: ${whole.format(records)} records, ${whole.format(report.merge.services)} services in the snapshot.</p>
</header>
<main>
${nav}${overview(report)}${report.feeds.map((f, i) => feedSection(f, i, report.staleAfterMonths)).join('\n')}
${mergeSection(report)}
</main>
<footer>
<h2>About these figures</h2>
<p>A record has no place when it gives no location or address (services delivered only online or by phone are among them), and no contact when it gives no phone number or email address, its own or a contact's. The checked date is the feed's assured date, else its last-modified or updated date. Stale means last checked more than ${report.staleAfterMonths} months before the harvest; records with no date are counted under “No assured or last-checked date” instead. Invalid values are ones that were given but could not be used safely, and were left out of the snapshot.</p>
</footer>
</body>
</html>
`;
}
