import type { Template } from '../template.js';
import { CHILDCARE_TEMPLATES } from './childcare.js';
import { COMMUNITY_TEMPLATES } from './community.js';
import { FAMILY_TEMPLATES } from './family.js';
import { HEALTH_TEMPLATES } from './health.js';
import { MONEY_TEMPLATES } from './money.js';
import { OLDER_TEMPLATES } from './older.js';
import { POST16_TEMPLATES } from './post16.js';
import { SEND_TEMPLATES } from './send.js';
import { SPORT_TEMPLATES } from './sport.js';
import { YOUTH_TEMPLATES } from './youth.js';

/** Every service template, in a fixed order (ids do not depend on it). */
export const TEMPLATES: readonly Template[] = [
  ...SEND_TEMPLATES,
  ...FAMILY_TEMPLATES,
  ...CHILDCARE_TEMPLATES,
  ...YOUTH_TEMPLATES,
  ...POST16_TEMPLATES,
  ...HEALTH_TEMPLATES,
  ...OLDER_TEMPLATES,
  ...MONEY_TEMPLATES,
  ...SPORT_TEMPLATES,
  ...COMMUNITY_TEMPLATES,
];
