/** One React component per element, made with @lit/react, with the public events as typed props. */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { SignpostEventMap } from '@signpost/elements';

/** The CustomEvent a signpost-* event arrives as. */
export type SignpostEvent<K extends keyof SignpostEventMap> = CustomEvent<SignpostEventMap[K]>;

/** The public events (analytics: no words typed, no postcode), as React props. */
export const signpostEvents = {
  /** A search settled: counts and filters used. */
  onSearch: 'signpost-search' as EventName<SignpostEvent<'signpost-search'>>,
  /** A service's detail was opened (its id) or closed (undefined). */
  onSelect: 'signpost-select' as EventName<SignpostEvent<'signpost-select'>>,
  /** A service's website, phone or email was followed. */
  onContact: 'signpost-contact' as EventName<SignpostEvent<'signpost-contact'>>,
  /** A listing problem or an unmet need was reported, and what became of the report. */
  onFeedback: 'signpost-feedback' as EventName<SignpostEvent<'signpost-feedback'>>,
};

export type SignpostComponent<I extends HTMLElement> = ReactWebComponent<I, typeof signpostEvents>;

export function wrap<I extends HTMLElement>(tagName: string, elementClass: new () => I, displayName: string): SignpostComponent<I> {
  return createComponent({ react: React, tagName, elementClass, events: signpostEvents, displayName });
}
