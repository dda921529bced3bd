/** English strings for "Use my location": loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const nearMeEn = {
  nearMeLocating: 'Finding your location…',
  nearMeFound: 'Showing services near {postcode}',
} as const;

addStrings('en', nearMeEn);
