/**
 * The directory manager's view of feedback: listing reports grouped per service, and
 * "can't find" reports counted by need, age band and area (postcode district). Reads
 * GET /api/feedback (the sample API's receiver). All text goes through Lit templates.
 *
 * A receiver started with --inbox-token answers only `Authorization: Bearer <token>`. The
 * token comes from this page's fragment (feedback-inbox.html#token=...: a fragment is never
 * sent to a server, and it is taken out of the address bar at once) or is typed into the
 * form shown when the receiver asks for it; it is kept for this tab only (sessionStorage).
 */
import { html, nothing, render } from 'lit';
import '@signpost/elements/all.js';
import type { FeedbackReport } from '@signpost/core';
import { I18n, type StringKey } from '@signpost/elements';

/** A report as the receiver lists it: what the widget sent, and when it arrived. */
type Report = FeedbackReport & { receivedAt?: string };

const i18n = new I18n('en');

/** The widget's own words for a reason code. */
export function reasonLabel(reason: string | undefined): string {
  if (!reason) return 'Not given';
  const key = `feedbackReason_${reason}` as StringKey;
  const label = i18n.t(key);
  return label === key ? reason : label;
}

export const AGE_BANDS: Array<{ label: string; min: number; max: number }> = [
  { label: '0 to 4', min: 0, max: 4 },
  { label: '5 to 10', min: 5, max: 10 },
  { label: '11 to 15', min: 11, max: 15 },
  { label: '16 to 18', min: 16, max: 18 },
  { label: '19 to 25', min: 19, max: 25 },
  { label: '26 to 64', min: 26, max: 64 },
  { label: '65 and over', min: 65, max: 200 },
];

/** The bands an age range overlaps ("Any age" when none was chosen). */
export function ageBands(ages: { min?: number; max?: number } | undefined): string[] {
  if (!ages || (ages.min === undefined && ages.max === undefined)) return ['Any age'];
  const min = ages.min ?? 0;
  const max = ages.max ?? 200;
  return AGE_BANDS.filter((b) => b.min <= max && b.max >= min).map((b) => b.label);
}

export interface ServiceGroup {
  id: string;
  name: string;
  reports: Report[];
}

/** Listing reports per service, the most reported first; newest report first within each. */
export function groupListings(items: Report[]): ServiceGroup[] {
  const groups = new Map<string, ServiceGroup>();
  for (const r of items) {
    if (r.kind !== 'listing') continue;
    const id = r.service?.id ?? '(no service id)';
    const group = groups.get(id) ?? { id, name: r.service?.name ?? id, reports: [] };
    group.reports.push(r);
    groups.set(id, group);
  }
  for (const g of groups.values()) g.reports.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return [...groups.values()].sort((a, b) => b.reports.length - a.reports.length || a.name.localeCompare(b.name));
}

/** How often each value comes up, the commonest first. */
function tally(values: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function countUnmet(items: Report[]) {
  const unmet = items.filter((r) => r.kind === 'unmet-need');
  return {
    total: unmet.length,
    byNeed: tally(unmet.flatMap((r) => (r.filters?.needs?.length ? r.filters.needs.map((n) => n.name ?? n.id) : ['No need chosen']))),
    byAge: tally(unmet.flatMap((r) => ageBands(r.filters?.ages))),
    byArea: tally(unmet.map((r) => r.filters?.area ?? 'No area given')),
    words: unmet.filter((r) => r.query?.text || r.message).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  };
}

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function countTable(caption: string, heading: string, rows: Array<[string, number]>) {
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${heading}</th>
        <th scope="col" class="count">Reports</th>
      </tr>
    </thead>
    <tbody>
      ${rows.length
        ? rows.map(
            ([label, n]) => html`<tr>
              <td>${label}</td>
              <td class="count">${n}</td>
            </tr>`,
          )
        : html`<tr>
            <td colspan="2">None yet</td>
          </tr>`}
    </tbody>
  </table>`;
}

function view(items: Report[]) {
  const groups = groupListings(items);
  const unmet = countUnmet(items);
  const listingCount = groups.reduce((n, g) => n + g.reports.length, 0);
  return html`<ul class="totals">
      <li><strong>${listingCount}</strong> problems with listings</li>
      <li><strong>${groups.length}</strong> services reported</li>
      <li><strong>${unmet.total}</strong> could not find what they needed</li>
    </ul>

    <h2>Problems with listings</h2>
    ${groups.length
      ? groups.map(
          (g) => html`<section class="service" aria-labelledby="svc-${g.id}">
            <h3 id="svc-${g.id}">${g.name} <span class="meta">(${g.reports.length} ${g.reports.length === 1 ? 'report' : 'reports'})</span></h3>
            <p class="meta">Service id: ${g.id}</p>
            ${g.reports.map(
              (r) => html`<div class="report">
                <p><span class="tag">${reasonLabel(r.reason)}</span>${r.message ?? ''}</p>
                <p class="meta">
                  ${when(r.createdAt)}${r.page ? html` · from ${r.page}` : nothing}
                  · ${r.contact?.consent && r.contact.email ? html`may be contacted at ${r.contact.email}` : 'no contact wanted'}
                </p>
              </div>`,
            )}
          </section>`,
        )
      : html`<p>No problems reported yet.</p>`}

    <h2>Could not find what they needed</h2>
    <div class="bands">
      ${countTable('By need', 'Need', unmet.byNeed)} ${countTable('By age band', 'Age band', unmet.byAge)}
      ${countTable('By area (postcode district)', 'Area', unmet.byArea)}
    </div>
    <h3>In their words</h3>
    ${unmet.words.length
      ? html`<ul>
          ${unmet.words.map(
            (r) => html`<li>
              ${r.query?.text ? html`searched for <strong>${r.query.text}</strong>` : nothing}${r.query?.text && r.message ? ': ' : ''}${r.message ?? ''}
              <span class="meta">(${reasonLabel(r.reason)}, ${when(r.createdAt)})</span>
            </li>`,
          )}
        </ul>`
      : html`<p>Nothing yet.</p>`}`;
}

const TOKEN_KEY = 'signpost:inbox-token';

/** The inbox token from the page's #token=..., else the one kept for this tab. */
function inboxToken(): string | null {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromFragment) {
    sessionStorage.setItem(TOKEN_KEY, fromFragment);
    history.replaceState(null, '', `${location.pathname}${location.search}`);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

async function refresh(): Promise<void> {
  const status = document.getElementById('updated')!;
  const inbox = document.getElementById('inbox')!;
  const form = document.getElementById('token-form')!;
  try {
    const token = inboxToken();
    const res = await fetch('/api/feedback', { cache: 'no-store', ...(token ? { headers: { Authorization: `Bearer ${token}` } } : {}) });
    form.hidden = res.status !== 401;
    if (res.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      status.textContent = token ? 'That inbox token was not right.' : 'The inbox needs its token.';
      render(nothing, inbox);
      return;
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const { items } = (await res.json()) as { items: Report[] };
    render(view(items), inbox);
    status.textContent = `${items.length} reports, updated ${new Date().toLocaleTimeString('en-GB')}`;
  } catch (error) {
    status.textContent = `The inbox could not be read: ${(error as Error).message}`;
  }
}

if (typeof document !== 'undefined' && document.getElementById('inbox')) {
  document.getElementById('refresh')!.addEventListener('click', () => void refresh());
  document.getElementById('token-form')!.addEventListener('submit', (e) => {
    e.preventDefault();
    const input = document.getElementById('token') as HTMLInputElement;
    if (input.value.trim()) sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    input.value = '';
    void refresh();
  });
  // A report sent from the finder on this page shows up at once.
  document.addEventListener('signpost-feedback', (e) => {
    if ((e as HTMLElementEventMap['signpost-feedback']).detail.outcome === 'sent') void refresh();
  });
  void refresh();
}
