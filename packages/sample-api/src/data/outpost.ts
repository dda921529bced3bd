/**
 * An Outpost-style directory: the services a Local Offer built on Outpost publishes through
 * its public API (the shape of its `indexed_services` documents), as Buckinghamshire-type
 * directories serve them. Hand-written and fictional, set in Sheffield so postcodes and the
 * map agree with the main dataset. What makes it Outpost-style rather than ORUK v1:
 * integer ids; `organisation` (British spelling); `locations[]` on the service, each its own
 * address with a GeoJSON `geometry` point (`[longitude, latitude]`) and `accessibilities[]`,
 * some masked to the outward code; `taxonomies[]` with `parent_id`; `send_needs[]` and
 * `suitabilities[]`; `regular_schedules[].weekday` as day names; `contacts[].phone` as one
 * string; `min_age`/`max_age`, `free`, `needs_referral`; `updated_at` and no assured date.
 *
 * Four services share a name with services of the main dataset: three are the same
 * services (Heeley Youth Club and Heeley Food Bank at the same postcode, the Woodseats
 * boccia club by its website), one is not (a different lunch club in Handsworth).
 */

type Json = Record<string, unknown>;

const ORGANISATIONS = {
  parentCarers: {
    id: 212,
    name: 'Sheffield Parent Carer Forum',
    description:
      'A charity run by and for parents and carers of disabled children and young people, and those with special educational needs, in Sheffield.',
    email: 'hello@parentcarerforum.example.org',
    url: 'https://parentcarerforum.example.org',
  },
  therapies: {
    id: 187,
    name: "Sheffield Children's Therapy Services",
    description: 'Speech and language, occupational and physiotherapy for children and young people.',
    email: 'therapies@example.org',
    url: 'https://therapies.example.org',
  },
  youthTrust: {
    id: 45,
    name: 'Steel City Youth Trust',
    description: 'Youth workers running clubs, detached work and trips for young people across the city.',
    email: 'youth@example.org',
    url: 'https://example.org/youth',
  },
  food: {
    id: 77,
    name: 'Five Weirs Food Network',
    description: 'Food banks, community pantries and fridges run by local volunteers.',
    email: 'food@example.org',
    url: 'https://example.org/food',
  },
  sport: {
    id: 91,
    name: 'Inclusive Sport Sheffield',
    description: 'Sport and physical activity for disabled people of all ages.',
    email: 'sport@example.org',
    url: 'https://example.org/sport',
  },
  churches: {
    id: 130,
    name: 'Handsworth Churches Together',
    description: 'Churches in Handsworth and Woodhouse working together on community projects.',
    email: null,
    url: null,
  },
  leisure: {
    id: 64,
    name: 'Sheffield City Leisure',
    description: 'Swimming pools, sports centres and activities across the city.',
    email: 'bookings@cityleisure.example.org',
    url: 'https://cityleisure.example.org',
  },
  carers: {
    id: 158,
    name: 'Sheffield Young Carers',
    description: 'Support, breaks and a listening ear for children and young people who look after someone at home.',
    email: 'info@youngcarers.example.org',
    url: 'https://youngcarers.example.org',
  },
};

const TAXONOMIES = {
  activities: { id: 12, name: 'Activities and days out', slug: 'activities-and-days-out', parent_id: null },
  sport: { id: 37, name: 'Sports and fitness', slug: 'sports-and-fitness', parent_id: 12 },
  clubs: { id: 40, name: 'Clubs and youth groups', slug: 'clubs-and-youth-groups', parent_id: 12 },
  advice: { id: 5, name: 'Advice and support', slug: 'advice-and-support', parent_id: null },
  parenting: { id: 58, name: 'Parenting support', slug: 'parenting-support', parent_id: 5 },
  food: { id: 61, name: 'Food and essentials', slug: 'food-and-essentials', parent_id: 5 },
  carers: { id: 66, name: 'Support for carers', slug: 'support-for-carers', parent_id: 5 },
  health: { id: 80, name: 'Health and wellbeing', slug: 'health-and-wellbeing', parent_id: null },
  speech: { id: 84, name: 'Speech and language', slug: 'speech-and-language', parent_id: 80 },
  sleep: { id: 86, name: 'Sleep', slug: 'sleep', parent_id: 80 },
  holidays: { id: 95, name: 'Holiday activities', slug: 'holiday-activities', parent_id: 12 },
};

const SEND_NEEDS = {
  autism: { id: 1, name: 'Autism', slug: 'autism' },
  slcn: { id: 4, name: 'Speech, language and communication needs', slug: 'speech-language-and-communication-needs' },
  physical: { id: 6, name: 'Physical disability', slug: 'physical-disability' },
  sensory: { id: 7, name: 'Sensory impairment', slug: 'sensory-impairment' },
  semh: { id: 9, name: 'Social, emotional and mental health', slug: 'social-emotional-and-mental-health' },
};

const SUITABILITIES = {
  physical: { id: 2, name: 'Physical disabilities', slug: 'physical-disabilities' },
  learning: { id: 3, name: 'Learning disabilities', slug: 'learning-disabilities' },
  autism: { id: 5, name: 'Autism spectrum', slug: 'autism-spectrum' },
};

const ACCESSIBILITY = {
  toilet: { name: 'Accessible toilet facilities', slug: 'accessible-toilet-facilities' },
  entrance: { name: 'Wheelchair accessible entrance', slug: 'wheelchair-accessible-entrance' },
  parking: { name: 'Accessible parking', slug: 'accessible-parking' },
  loop: { name: 'Hearing loop', slug: 'hearing-loop' },
  changing: { name: 'Changing Places toilet', slug: 'changing-places-toilet' },
};

function location(
  id: number,
  name: string,
  address1: string | null,
  postcode: string,
  lng: number,
  lat: number,
  accessibilities: Json[],
  masked = false,
): Json {
  return {
    id,
    name,
    address_1: address1,
    city: 'Sheffield',
    state_province: 'South Yorkshire',
    postal_code: postcode,
    country: 'GB',
    geometry: { type: 'Point', coordinates: [lng, lat] },
    mask_exact_address: masked,
    accessibilities,
  };
}

function schedule(id: number, weekday: string, opens: string, closes: string): Json {
  return { id, weekday, opens_at: opens, closes_at: closes };
}

/** The parts of every service document that are usually empty. */
function service(fields: Json): Json {
  return {
    visible_from: null,
    visible_to: null,
    age_band_under_2: null,
    age_band_2: null,
    age_band_3_4: null,
    age_band_5_7: null,
    age_band_8_plus: null,
    age_band_all: null,
    needs_referral: false,
    status: 'active',
    target_directories: [{ name: 'Sheffield Local Offer', label: 'slo' }],
    meta: [],
    links: [],
    cost_options: [],
    suitabilities: [],
    send_needs: [],
    local_offer: null,
    ...fields,
  };
}

const AUTISM_GROUP_DESCRIPTION = [
  '<p>Our autism parent support group is a friendly, confidential space for parents and carers of children and young people who are autistic or waiting for an autism assessment. You do not need a diagnosis to come along, and you do not need to be referred: just turn up, have a cup of tea and meet other families who understand what your days are like.</p>',
  '<p>Each session has a short, practical talk followed by time to chat. Talks are given by parents with lived experience and by professionals from health, education and social care, and there is always time for questions. Recent topics have included making sense of the assessment pathway, understanding sensory differences, getting ready for a change of school, eating difficulties, sleep, managing anxiety and meltdowns, and looking after your own wellbeing.</p>',
  '<p>We can also help you find your way through education, health and care needs assessments, Disability Living Allowance and Personal Independence Payment claims, short breaks and the Local Offer. Our volunteers have all been through these processes themselves and can sit with you while you fill in forms, or come with you to meetings at school if you would like someone there.</p>',
  '<ul><li>Sessions in term time, on the first and third Wednesday of each month</li><li>A quiet room is available if you need a break</li><li>Interpreters can be booked with two weeks&#39; notice</li><li>Younger brothers and sisters under five are welcome, with toys and a play mat</li><li>Free parking behind the building, and a bus stop outside</li></ul>',
  '<p>Dads, grandparents, foster carers and kinship carers are all very welcome, and so are parents who are autistic themselves. Many people tell us that the hardest part was walking through the door for the first time, so if you would like someone to meet you outside on your first visit, call or email us beforehand and we will look out for you.</p>',
  '<p>We also run an evening group online on the last Tuesday of each month for parents who work during the day, a closed Facebook group moderated by trained volunteers, and a lending library of books about autism for parents, brothers and sisters and autistic young people themselves. Ask at any session about borrowing books.</p>',
  '<p>If you cannot come to a group but need to talk, our helpline is open on weekday mornings. We cannot give medical advice, but we can listen, help you work out what to ask for, and point you to the right service. If we do not know the answer we will find out and call you back, usually within two working days.</p>',
  '<p>The group is part of Sheffield Parent Carer Forum, which brings the views of parent carers to the council and the NHS so that services get better for every family. Coming to the group does not commit you to anything, but if you would like to take part in a consultation or join a working group, we will tell you how. Everything you tell us in the group stays in the group, unless we are worried that a child or adult is at risk of harm.</p>',
  '<p>Several times a year we hold longer workshops on Saturday mornings, with a crèche run by qualified staff who know the children. Workshops cover topics parents ask us for, such as puberty and growing up, using the internet safely, preparing for adulthood and planning for when you are no longer able to care. Places are limited, so please book through our website or ask at a group session.</p>',
  '<p>We know that some families find groups hard. If that is you, one of our volunteers can meet you for a coffee somewhere you feel comfortable, or call you at a time that suits you. We will never pressure you to come to a group, and you can stop at any time. We are also happy to talk to grandparents and other relatives who want to understand how best to help.</p>',
  '<p>To find out more, read the stories of families who have come to the group on our website, or download our leaflet in English, Urdu, Arabic, Slovak or Somali.</p>',
].join('');

/** The services, in the order the directory lists them (by id). */
export const OUTPOST_SERVICES: Json[] = [
  service({
    id: 1001,
    name: 'Autism Parent Support Group (Sheffield Central)',
    description: AUTISM_GROUP_DESCRIPTION,
    url: 'https://parentcarerforum.example.org/support-for-families/autism/parent-support-groups/sheffield-central-wednesdays-term-time',
    min_age: 0,
    max_age: 25,
    free: true,
    created_at: '2021-03-02T09:15:00.000+00:00',
    updated_at: '2026-09-21T14:05:33.000+00:00',
    organisation: ORGANISATIONS.parentCarers,
    locations: [
      location(301, 'Central Family Hub', '1 Cathedral Walk', 'S1 2HE', -1.4671, 53.3799, [ACCESSIBILITY.toilet, ACCESSIBILITY.entrance, ACCESSIBILITY.loop]),
    ],
    contacts: [
      {
        id: 5101,
        name: 'Parveen Akhtar',
        title: 'Family support volunteer coordinator',
        email: 'autism.parent.support.central.wednesdays@parentcarerforum.example.org',
        phone: '0114 496 0901 / 07700 900123',
      },
    ],
    taxonomies: [TAXONOMIES.parenting, TAXONOMIES.advice],
    send_needs: [SEND_NEEDS.autism, SEND_NEEDS.semh],
    suitabilities: [SUITABILITIES.autism],
    regular_schedules: [schedule(9001, 'Wednesday', '10:00', '12:00')],
    links: [{ label: 'Facebook', url: 'https://www.facebook.com/example-parent-carer-forum' }],
  }),
  service({
    id: 1002,
    name: 'Speech and Language Drop-in for Under 5s',
    description:
      '<p>Worried about how your child is talking or understanding? Bring your child to a drop-in and talk to a speech and language therapist. You will get advice and ideas to try at home, and the therapist can refer your child for an assessment if they need one.</p><p>No appointment needed. Please bring your child&#39;s red book if you have it.</p>',
    url: 'https://therapies.example.org/speech-and-language/drop-in',
    min_age: 0,
    max_age: 4,
    free: true,
    created_at: '2022-01-11T10:00:00.000+00:00',
    updated_at: '2026-06-02T08:41:12.000+00:00',
    organisation: ORGANISATIONS.therapies,
    locations: [
      location(302, 'Hillsborough Family Hub', '10 Middlewood Road', 'S6 2LW', -1.5007, 53.4043, [ACCESSIBILITY.toilet, ACCESSIBILITY.entrance]),
    ],
    contacts: [{ id: 5102, name: '', title: 'Speech and language therapy admin team', email: 'slt.dropin@example.org', phone: '0114 496 0911' }],
    taxonomies: [TAXONOMIES.speech, TAXONOMIES.health],
    send_needs: [SEND_NEEDS.slcn],
    regular_schedules: [schedule(9002, 'Monday', '13:30', '15:30'), schedule(9003, 'Thursday', '09:30', '11:30')],
  }),
  service({
    id: 1003,
    name: 'Sensory Swim Sessions',
    description:
      '<p>Quiet, relaxed swimming sessions for disabled children and young people and their families, with the music off, the lights dimmed and fewer people in the pool. A hoist and a Changing Places toilet are available.</p><p>Book a place online or by phone. One carer swims free with each disabled swimmer.</p>',
    url: 'https://cityleisure.example.org/swimming/sensory-swim',
    min_age: 2,
    max_age: 18,
    free: false,
    created_at: '2020-09-14T12:00:00.000+00:00',
    updated_at: '2026-04-17T16:20:00.000+00:00',
    organisation: ORGANISATIONS.leisure,
    locations: [
      location(303, 'Broomhill Pool', '4 Glossop Road', 'S10 2TN', -1.4889, 53.3824, [ACCESSIBILITY.changing, ACCESSIBILITY.parking, ACCESSIBILITY.entrance]),
    ],
    contacts: [{ id: 5103, name: 'Bookings team', title: null, email: 'bookings@cityleisure.example.org', phone: '0114 496 0925' }],
    taxonomies: [TAXONOMIES.sport],
    send_needs: [SEND_NEEDS.sensory, SEND_NEEDS.physical, SEND_NEEDS.autism],
    suitabilities: [SUITABILITIES.physical, SUITABILITIES.learning, SUITABILITIES.autism],
    cost_options: [{ id: 701, option: 'Swimmer', amount: 3.5, cost_type: 'per session' }],
    regular_schedules: [schedule(9004, 'Saturday', '08:00', '09:00'), schedule(9005, 'Sunday', '16:30', '17:30')],
  }),
  service({
    id: 1004,
    name: 'Online Sleep Clinic for Parents of Disabled Children',
    description:
      '<p>A six-week online course for parents whose disabled child has trouble settling or staying asleep. Sessions are on a video call in the evening, and a sleep practitioner follows up with each family by phone.</p>',
    url: '',
    min_age: 2,
    max_age: 16,
    free: true,
    created_at: '2023-05-05T09:00:00.000+00:00',
    updated_at: '2025-11-26T11:11:11.000+00:00',
    organisation: ORGANISATIONS.parentCarers,
    locations: [],
    contacts: [{ id: 5104, name: 'Sleep practitioner', title: null, email: 'sleep.clinic@parentcarerforum.example.org', phone: null }],
    taxonomies: [TAXONOMIES.sleep, TAXONOMIES.parenting],
    send_needs: [SEND_NEEDS.autism, SEND_NEEDS.semh],
    regular_schedules: [schedule(9006, 'Tuesday', '19:30', '21:00')],
  }),
  service({
    id: 1005,
    name: 'Young Carers Group, Chapeltown',
    description:
      '<p>A fortnightly group for young carers aged 8 to 18: games, trips, homework help and time to talk with people who get it. We can also talk to your school about how they can support you.</p>',
    url: 'https://youngcarers.example.org/groups/chapeltown',
    min_age: 8,
    max_age: 18,
    free: true,
    needs_referral: true,
    status: 'temporarily closed',
    created_at: '2019-02-01T09:00:00.000+00:00',
    updated_at: '2026-08-30T10:00:00.000+00:00',
    organisation: ORGANISATIONS.carers,
    locations: [
      location(304, 'Chapeltown Community Centre', '2 Station Road', 'S35 2YH', -1.4657, 53.4627, [ACCESSIBILITY.entrance]),
    ],
    contacts: [{ id: 5105, name: 'Jo Whitworth', title: 'Young carers worker', email: 'info@youngcarers.example.org', phone: '0114 496 0937' }],
    taxonomies: [TAXONOMIES.carers, TAXONOMIES.clubs],
    regular_schedules: [schedule(9007, 'Thursday', '16:00', '18:00')],
  }),
  service({
    id: 1006,
    name: 'Inclusive Holiday Club',
    description:
      '<p>Holiday activities and a hot meal for children who get free school meals, with extra staff so that disabled children can take part in everything. Places are offered after a short chat with the organiser about what support your child needs.</p>',
    url: 'https://example.org/holidays/inclusive-holiday-club',
    min_age: 5,
    max_age: 16,
    free: true,
    needs_referral: true,
    created_at: '2022-06-01T09:00:00.000+00:00',
    updated_at: '2024-07-19T09:30:00.000+00:00',
    organisation: ORGANISATIONS.sport,
    locations: [
      location(305, 'Crystal Peaks Community Hall', '7 Peaks Mount', 'S20 7PJ', -1.3461, 53.335, [ACCESSIBILITY.toilet, ACCESSIBILITY.parking]),
    ],
    contacts: [{ id: 5106, name: 'Holiday club organiser', title: null, email: 'holidays@example.org', phone: '0114 496 0948' }],
    taxonomies: [TAXONOMIES.holidays],
    suitabilities: [SUITABILITIES.learning, SUITABILITIES.physical],
    regular_schedules: [
      schedule(9008, 'Monday', '10:00', '14:00'),
      schedule(9009, 'Tuesday', '10:00', '14:00'),
      schedule(9010, 'Wednesday', '10:00', '14:00'),
    ],
    local_offer: {
      description: 'Staff have had training in supporting autistic children and children with physical disabilities.',
      link: 'https://example.org/holidays/inclusive-holiday-club/send',
      survey_answers: [],
    },
  }),
  // The same service as the main dataset's "Heeley Youth Club" (same name and postcode),
  // edited more recently than that listing was assured: its times win a merge.
  service({
    id: 1104,
    name: 'Heeley Youth Club',
    description:
      '<p>Open youth club for young people aged 11 to 19: pool, table tennis, music, cooking and trips. From November we are open on Tuesdays too.</p>',
    url: 'https://example.org/youth/heeley-youth-club',
    min_age: 11,
    max_age: 19,
    free: false,
    created_at: '2018-04-09T09:00:00.000+00:00',
    updated_at: '2026-10-30T16:02:11.000+00:00',
    organisation: ORGANISATIONS.youthTrust,
    locations: [
      location(306, 'Heeley Youth Centre', '191 School Lane', 's2 4ue', -1.448305, 53.373748, [ACCESSIBILITY.entrance]),
    ],
    contacts: [{ id: 5107, name: 'George Quinn', title: 'Youth worker', email: null, phone: '0114 4960307' }],
    taxonomies: [TAXONOMIES.clubs],
    send_needs: [],
    cost_options: [{ id: 702, option: 'Per session', amount: 0.5, cost_type: 'per session' }],
    regular_schedules: [schedule(9011, 'Tuesday', '18:30', '20:30'), schedule(9012, 'Friday', '18:00', '21:00')],
  }),
  // The same service as the main dataset's "Heeley Food Bank", edited before that listing
  // was assured: the main dataset's copy wins a merge.
  service({
    id: 1187,
    name: 'Heeley Food Bank',
    description: '<p>Emergency food parcels for people in crisis. Please bring a food bank voucher.</p>',
    url: 'https://example.org/food/heeley-food-bank',
    min_age: null,
    max_age: null,
    free: true,
    created_at: '2019-10-10T09:00:00.000+00:00',
    updated_at: '2025-12-01T12:00:00.000+00:00',
    organisation: ORGANISATIONS.food,
    locations: [
      location(307, "St Cecilia's Church Hall, Heeley", '11 Albert Road', 'S2 1UJ', -1.457858, 53.372102, []),
    ],
    contacts: [{ id: 5108, name: 'Hannah Nowak', title: 'Food bank manager', email: 'heeley.food.bank@example.org', phone: '0114 496 0009' }],
    taxonomies: [TAXONOMIES.food],
    regular_schedules: [schedule(9013, 'Monday', '12:00', '14:00')],
  }),
  // The main dataset's "Boccia Club, Woodseats": the address is masked to the outward code
  // (as Outpost masks addresses), so only the website says it is the same service.
  service({
    id: 1203,
    name: 'Boccia Club – Woodseats',
    description: '<p>Boccia for disabled adults and young people aged 14 and over. Equipment provided; come and try it.</p>',
    url: 'http://www.example.org/sport/boccia-club-woodseats/',
    min_age: 14,
    max_age: null,
    free: true,
    created_at: '2021-01-20T09:00:00.000+00:00',
    updated_at: '2025-06-10T09:45:00.000+00:00',
    organisation: ORGANISATIONS.sport,
    locations: [location(308, 'Woodseats Community Centre', null, 'S8', -1.47, 53.35, [ACCESSIBILITY.entrance], true)],
    contacts: [{ id: 5109, name: 'Yusuf Lawson', title: 'Coach', email: null, phone: null }],
    taxonomies: [TAXONOMIES.sport],
    suitabilities: [SUITABILITIES.physical],
    regular_schedules: [schedule(9014, 'Wednesday', '18:00', '20:00')],
  }),
  // Not the main dataset's "Handsworth Lunch Club": another club of the same name, at
  // another address, with other contacts.
  service({
    id: 1250,
    name: 'Handsworth Lunch Club',
    description: '<p>A two-course lunch and a chat for older people every Tuesday, with a raffle and bingo afterwards.</p>',
    url: null,
    min_age: 60,
    max_age: null,
    free: false,
    created_at: '2017-03-03T09:00:00.000+00:00',
    updated_at: '2023-02-14T09:00:00.000+00:00',
    organisation: ORGANISATIONS.churches,
    locations: [
      location(309, 'Handsworth Methodist Church', '40 Handsworth Grange Road', 'S13 9HJ', -1.3889, 53.3702, [ACCESSIBILITY.toilet]),
    ],
    contacts: [{ id: 5110, name: 'Margaret Hill', title: null, email: 'margaret.hill.lunchclub@example.com', phone: '0114 496 0999' }],
    taxonomies: [TAXONOMIES.food],
    cost_options: [{ id: 703, option: 'Lunch', amount: 4, cost_type: 'per meal' }],
    regular_schedules: [schedule(9015, 'Tuesday', '12:00', '14:00')],
  }),
];
