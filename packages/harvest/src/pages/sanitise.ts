/**
 * Descriptions for static pages, sanitised as the browser does it (core's `descriptionHtml`:
 * DOMPurify with the same allow-list, Markdown rendered), in one jsdom window made when the
 * first description is written.
 */
import { JSDOM } from 'jsdom';
import { descriptionHtml, useSanitiserWindow } from '@signpost/core/sanitise';

let ready = false;

export function sanitisedDescription(description: string): Promise<string> {
  if (!ready) {
    useSanitiserWindow(new JSDOM('').window as unknown as Parameters<typeof useSanitiserWindow>[0]);
    ready = true;
  }
  return descriptionHtml(description);
}
