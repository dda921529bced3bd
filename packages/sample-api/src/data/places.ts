/** Words for making venues and people: venue names by kind, streets, access notes, names. */
import type { VenueKind } from './template.js';

const SAINTS = ["Mary's", "John's", "Peter's", "Andrew's", "Thomas's", "Paul's", "Michael's", "Mark's", "Cecilia's", "Aidan's", "Chad's", "Hilda's"];

export function venueName(kind: VenueKind, area: string, pick: <T>(items: readonly T[]) => T): string {
  switch (kind) {
    case 'community centre':
      return `${area} Community Centre`;
    case 'library':
      return `${area} Library`;
    case 'family hub':
      return `${area} Family Hub`;
    case 'church hall':
      return pick([0, 1, 2]) === 0 ? `${area} Methodist Church Hall` : `St ${pick(SAINTS)} Church Hall, ${area}`;
    case 'school':
      return `${area} Primary School`;
    case 'leisure centre':
      return `${area} Leisure Centre`;
    case 'youth centre':
      return `${area} Youth Centre`;
    case 'health centre':
      return `${area} Health Centre`;
    case 'sports hall':
      return `${area} Community Sports Hall`;
    case 'cafe':
      return `${area} Community Café`;
    case 'childminder':
      return `Childminder's home, ${area}`;
    case 'named':
      return area;
  }
}

export const VENUE_DESCRIPTIONS: Record<VenueKind, string> = {
  'community centre': 'A community centre with a main hall, meeting rooms and a kitchen.',
  library: 'A community library with a children\'s area, public computers and free Wi-Fi.',
  'family hub': 'A family hub with a stay and play room, clinic rooms and a garden.',
  'church hall': 'A church hall used by many community groups through the week.',
  school: 'A primary school; use the community entrance on the side road.',
  'leisure centre': 'A leisure centre with a pool, sports hall and gym.',
  'youth centre': 'A youth centre with a games room, kitchen, music studio and quiet room.',
  'health centre': 'A health centre with GP surgeries and community clinics.',
  'sports hall': 'A sports hall with changing rooms and outdoor pitches.',
  cafe: 'A not-for-profit community café.',
  childminder: 'A registered childminder\'s home. The address is given when you make an enquiry.',
  named: 'A building used by the organisation.',
};

export const STREETS = [
  'Church Street', 'Station Road', 'Park Road', 'Mill Lane', 'Victoria Road', 'Queen Street', 'Main Road', 'Green Lane',
  'School Lane', 'Manor Road', 'Cross Street', 'Albert Road', 'Spring Lane', 'Meadow Road', 'Carr Road', 'Well Lane',
  'Field Road', 'Brook Lane', 'Hill Street', 'Bank Street', 'Hall Road', 'Chapel Walk', 'Oak Street', 'Fir Avenue',
];

export const ACCESS_NOTES = [
  'Step-free access from the car park',
  'Accessible toilet',
  'Hearing loop at reception',
  'Changing Places toilet with hoist and adult-sized changing bench',
  'Lift to all floors',
  'Quiet room available on request',
  'Blue badge parking next to the entrance',
  'Assistance dogs welcome',
  'Automatic doors',
  'Large print and easy read information available',
];

export const FIRST_NAMES = [
  'Amina', 'Ben', 'Chloe', 'Dev', 'Ellie', 'Farah', 'George', 'Hannah', 'Imran', 'Jess', 'Kofi', 'Laura', 'Mohammed',
  'Niamh', 'Owen', 'Priya', 'Rosa', 'Sam', 'Tariq', 'Una', 'Vikram', 'Wendy', 'Yusuf', 'Zara', 'Agnieszka', 'Hodan',
];

export const LAST_NAMES = [
  'Ahmed', 'Bennett', 'Clarke', 'Dixon', 'Evans', 'Fletcher', 'Green', 'Hussain', 'Iqbal', 'Jones', 'Khan', 'Lawson',
  'Moore', 'Nowak', 'Osei', 'Patel', 'Quinn', 'Rahman', 'Shaw', 'Taylor', 'Usman', 'Walsh', 'Young', 'Warsame',
];

export const LANGUAGES: Record<string, string> = {
  en: 'English',
  cy: 'Welsh',
  ur: 'Urdu',
  ar: 'Arabic',
  pl: 'Polish',
  so: 'Somali',
  sk: 'Slovak',
  bfi: 'British Sign Language',
};

/** Neighbourhoods where services more often offer community languages besides English. */
export const DIVERSE_AREAS = new Set([
  'Burngreave', 'Pitsmoor', 'Page Hall', 'Firth Park', 'Darnall', 'Tinsley', 'Attercliffe', 'Sharrow', 'Netherthorpe',
  'Upperthorpe', 'City Centre', 'Grimesthorpe', 'Nether Edge', 'Park Hill',
]);

/** Places whose listings give no coordinates (as some real listings do). */
export const NO_COORDINATES = new Set(['named:Rivelin Lodge', 'named:Five Weirs Warehouse']);
