/** English strings of the harvester's static pages only (through @signpost/elements/static); Welsh ones are in the Welsh table. */
import { addStrings } from '../shared/i18n.js';

export const pagesEn = {
  pagesAllServices: 'All services',
  pagesIndexTitle: 'All services',
  pagesIndexIntro: 'Every service in the directory, by the kind of help it gives.',
  pagesIndexContents: 'Kinds of help',
  pagesOtherServices: 'Other services',
} as const;

addStrings('en', pagesEn);
