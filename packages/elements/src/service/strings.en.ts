/** English strings for a service's detail: loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const detailEn = {
  stale: 'This information may be out of date. Contact the service to check.',
  detailAbout: 'About this service',
  detailContact: 'Contact',
  detailWhoFor: 'Who it is for',
  detailAccess: 'Accessibility',
  detailLanguages: 'Languages',
  detailCategories: 'Categories',
  website: 'Website',
  websiteOf: 'Website of {name} (opens in a new tab)',
  call: 'Call {number}',
  emailTo: 'Email {email}',
  onlineOnly: 'This service has no address. It is delivered online, by phone or at home.',
  printService: 'Print',
} as const;

addStrings('en', detailEn);
