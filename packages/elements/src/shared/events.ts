/**
 * Every event the elements fire, with its detail type, in one place. All are bubbling,
 * composed CustomEvents named signpost-*. The public ones (search, select, contact)
 * are for a host's analytics and carry no personal data: no words typed, no postcode.
 */
import type { AgeRange, Weekday } from '@signpost/core';
import type { FinderState } from './state.js';
import type { TimeOfDay } from './time-of-day.js';

export interface SignpostEventMap {
  /** Intent from a child element: change the finder's state. */
  'signpost-state-change': { patch: Partial<FinderState> };
  /** Intent: run the failed request again. */
  'signpost-retry': Record<string, never>;
  /** Intent and analytics: a service's detail was opened (id), or closed (undefined). */
  'signpost-select': { serviceId: string | undefined };
  /** Intent from the filters dialog's "Show N results": move focus to the results' count. */
  'signpost-focus-results': Record<string, never>;
  /** Intent from the results: stop reading further pages for matches, or read more. */
  'signpost-scan': { action: 'stop' | 'more' };
  /** Intent from a result card or map marker: highlight a service (or none). */
  'signpost-highlight': { serviceId: string | undefined };
  /** Analytics: a search settled. */
  'signpost-search': {
    total: number;
    page: number;
    usedText: boolean;
    usedPlace: boolean;
    radiusMiles?: number;
    terms: string[];
    ages?: AgeRange;
    day?: Weekday;
    time?: TimeOfDay;
    freeOnly: boolean;
  };
  /** Analytics: a person followed a contact route of a service. */
  'signpost-contact': { serviceId: string; channel: 'website' | 'phone' | 'email' };
  /**
   * Analytics: a feedback report was made ("listing": a problem with a listing;
   * "unmet-need": can't find what you need) and what became of it. No words, no email,
   * no postcode. A queued report fires again with "sent" or "failed" when it is settled.
   */
  'signpost-feedback': {
    kind: 'listing' | 'unmet-need';
    reason?: string;
    serviceId?: string;
    outcome: 'sent' | 'queued' | 'failed' | 'mailto';
  };
}

export type SignpostEventName = keyof SignpostEventMap;

export function emit<K extends SignpostEventName>(from: EventTarget, name: K, detail: SignpostEventMap[K]): boolean {
  return from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
}

declare global {
  interface HTMLElementEventMap {
    'signpost-state-change': CustomEvent<SignpostEventMap['signpost-state-change']>;
    'signpost-retry': CustomEvent<SignpostEventMap['signpost-retry']>;
    'signpost-select': CustomEvent<SignpostEventMap['signpost-select']>;
    'signpost-highlight': CustomEvent<SignpostEventMap['signpost-highlight']>;
    'signpost-scan': CustomEvent<SignpostEventMap['signpost-scan']>;
    'signpost-focus-results': CustomEvent<SignpostEventMap['signpost-focus-results']>;
    'signpost-search': CustomEvent<SignpostEventMap['signpost-search']>;
    'signpost-contact': CustomEvent<SignpostEventMap['signpost-contact']>;
    'signpost-feedback': CustomEvent<SignpostEventMap['signpost-feedback']>;
  }
}
