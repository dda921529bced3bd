/** The service fields ORUK v1 and v3 spell alike, read the same way for both dialects. */
import { ACCESS_ROUTES, type Diagnostic, type Service } from '../model.js';
import { costOptions, isFree } from './cost.js';
import { ATTENDING_TYPES, contacts, dedupePhones, description, email, organisation, phones, plain, status, webUrl } from './fields.js';
import { oneOf, type JsonObject } from './read.js';

export type SharedServiceFields = Pick<
  Service,
  | 'organisation'
  | 'description'
  | 'summary'
  | 'url'
  | 'email'
  | 'phones'
  | 'status'
  | 'fees'
  | 'costOptions'
  | 'free'
  | 'access'
  | 'attending'
  | 'alert'
  | 'contacts'
>;

export function sharedServiceFields(o: JsonObject, path: string, diags: Diagnostic[]): SharedServiceFields {
  const contactList = contacts(o, 'contacts', path, diags);
  const fees = plain(o, 'fees', path, diags);
  const costs = costOptions(o, path, diags);
  return {
    organisation: organisation(o, path, diags),
    ...description(o, 'description', path, diags),
    url: webUrl(o, 'url', path, diags),
    email: email(o, 'email', path, diags),
    // A service's own phones and its contacts' phones, each number once.
    phones: dedupePhones([...phones(o, 'phones', path, diags), ...contactList.flatMap((c) => c.phones)]),
    status: status(o, path, diags),
    fees,
    costOptions: costs,
    free: isFree(fees, costs),
    // v1 fields; some v3 feeds (not the UK profile) carry them still.
    access: oneOf(o, 'attending_access', ACCESS_ROUTES, path, diags),
    attending: oneOf(o, 'attending_type', ATTENDING_TYPES, path, diags),
    alert: plain(o, 'alert', path, diags),
    contacts: contactList,
  };
}
