/**
 * The vocabularies a council directory would tag services with: LGA-style needs,
 * circumstances and service types (CURIE ids such as "esdServiceTypes:121"), and the four
 * broad areas of need from the SEND Code of Practice. Codes and wording are written for
 * this sample; they follow the style of the LGA lists, not their content.
 */
import { uuidFrom } from '../random.js';
import type { Taxonomy, Term } from '../types.js';

interface VocabularySource {
  vocabulary: string;
  name: string;
  description: string;
  /** [code, name, description, parent code?] */
  terms: Array<[string, string, string, string?]>;
}

const SOURCES: VocabularySource[] = [
  {
    vocabulary: 'esdServiceTypes',
    name: 'Service types',
    description: 'What kind of service this is, in the style of the LGA service types list.',
    terms: [
      ['100', 'Family support', 'Help for families with children and young people.'],
      ['101', 'Family hubs and children\'s centres', 'One place to get help for families with children aged 0 to 19 (25 with SEND).', '100'],
      ['102', 'Parenting support', 'Courses, groups and one-to-one help with being a parent.', '100'],
      ['103', 'Stay and play and early years groups', 'Groups where parents and young children play and learn together.', '100'],
      ['104', 'Health visiting and baby clinics', 'Health checks and advice for babies and young children.', '100'],
      ['110', 'Childcare', 'Care and early education for children while parents work or study.'],
      ['111', 'Nurseries and pre-schools', 'Day nurseries and pre-schools, including funded early education places.', '110'],
      ['112', 'Childminders', 'Registered childminders caring for children in their own homes.', '110'],
      ['113', 'Holiday and after-school clubs', 'Clubs before and after school and in the school holidays.', '110'],
      ['120', 'SEND support', 'Support for children and young people with special educational needs and disabilities.'],
      ['121', 'SEND information, advice and support (SENDIASS)', 'Free, impartial, confidential advice about SEND for families and young people.', '120'],
      ['122', 'Short breaks', 'Time away for disabled children and young people, and a break for their carers.', '120'],
      ['123', 'Parent carer forums', 'Groups of parents and carers of disabled children who work with services to improve them.', '120'],
      ['124', 'Speech and language therapy', 'Help with talking, understanding, communication and swallowing.', '120'],
      ['125', 'Sensory support', 'Support for children and young people with vision, hearing or multi-sensory impairment.', '120'],
      ['126', 'Autism and ADHD support', 'Groups and advice for autistic people, people with ADHD and their families.', '120'],
      ['130', 'Youth services', 'Activities and support for young people.'],
      ['131', 'Youth clubs', 'Open-access clubs and activities for young people.', '130'],
      ['132', 'Mentoring', 'One-to-one support from a trained mentor.', '130'],
      ['133', 'Young carers support', 'Support for children and young people who care for someone at home.', '130'],
      ['140', 'Education and training post-16', 'Learning, training and work for young people aged 16 and over.'],
      ['141', 'College courses', 'Further education courses, including foundation learning.', '140'],
      ['142', 'Supported internships', 'Study programmes based with an employer for young people with an EHC plan.', '140'],
      ['143', 'Apprenticeships', 'Paid jobs with training, and help to find one.', '140'],
      ['144', 'Adult and community learning', 'Courses for adults, including English and digital skills.', '140'],
      ['150', 'Health and wellbeing', 'Physical and mental health services.'],
      ['151', 'Mental health and emotional wellbeing', 'Talking therapies, peer support and wellbeing groups.', '150'],
      ['152', 'Sexual health', 'Contraception, testing and advice.', '150'],
      ['153', 'Healthy lifestyles', 'Help to stop smoking, move more and eat well.', '150'],
      ['154', 'Bereavement support', 'Support after someone has died.', '150'],
      ['160', 'Older people', 'Services for older people and their carers.'],
      ['161', 'Befriending', 'Regular visits or calls from a volunteer for people who feel lonely.', '160'],
      ['162', 'Lunch clubs', 'A hot meal and company, usually once or twice a week.', '160'],
      ['163', 'Activities and social groups for older people', 'Exercise, dancing, crafts and social groups.', '160'],
      ['164', 'Dementia support', 'Support for people living with dementia and their carers.', '160'],
      ['170', 'Money, food and housing', 'Help with money, food and a place to live.'],
      ['171', 'Money and debt advice', 'Free advice about debt, budgeting and bills.', '170'],
      ['172', 'Benefits advice', 'Help to check and claim benefits.', '170'],
      ['173', 'Food banks and food support', 'Emergency food, community pantries and meals.', '170'],
      ['174', 'Housing advice', 'Help to find and keep a home.', '170'],
      ['175', 'Warm spaces and energy advice', 'Warm, welcoming places and help with energy bills.', '170'],
      ['180', 'Sport, leisure and culture', 'Sport, arts and things to do.'],
      ['181', 'Disability sport', 'Sport and physical activity for disabled people.', '180'],
      ['182', 'Sports clubs and activities', 'Sports clubs and sessions open to everyone.', '180'],
      ['183', 'Arts, crafts and libraries', 'Creative activities, reading and library groups.', '180'],
      ['190', 'Community and safety', 'Support to feel safe and part of the community.'],
      ['191', 'Domestic abuse support', 'Confidential help for people experiencing domestic abuse.', '190'],
      ['192', 'Refugee and migrant support', 'Welcome, advice and English classes for people new to the UK.', '190'],
    ],
  },
  {
    vocabulary: 'esdNeeds',
    name: 'Needs',
    description: 'What a person needs help with, in the style of the LGA needs list.',
    terms: [
      ['1', 'Being a parent', 'Help with raising children.'],
      ['2', 'Caring for someone', 'Support for unpaid carers.'],
      ['3', 'Communicating', 'Talking, listening, understanding and being understood.'],
      ['4', 'Learning and education', 'School, college, training and learning new skills.'],
      ['5', 'Finding work', 'Getting ready for work and finding a job.'],
      ['6', 'Managing money', 'Budgeting, debts, bills and benefits.'],
      ['7', 'Having enough food', 'Getting food when money is short.'],
      ['8', 'Feeling lonely or isolated', 'Company, friendship and things to do with others.'],
      ['9', 'Mental wellbeing', 'Feeling low, anxious or stressed.'],
      ['10', 'Physical health', 'Staying healthy and managing a condition.'],
      ['11', 'Keeping active', 'Sport, exercise and getting out and about.'],
      ['12', 'Having fun', 'Play, hobbies and things to do.'],
      ['13', 'Somewhere to live', 'Finding or keeping a home.'],
      ['14', 'Keeping safe', 'Being safe at home and in the community.'],
      ['15', 'Childcare', 'Care for children while parents work or study.'],
      ['16', 'A break from caring', 'Time off for carers, and short breaks for disabled children.'],
    ],
  },
  {
    vocabulary: 'esdCircumstances',
    name: 'Circumstances',
    description: 'Who a service is for, in the style of the LGA circumstances list.',
    terms: [
      ['1', 'Babies and children under 5', 'Children from birth to five years old.'],
      ['2', 'Children aged 5 to 11', 'Primary school age children.'],
      ['3', 'Young people aged 11 to 19', 'Secondary school age and older teenagers.'],
      ['4', 'Young adults aged 19 to 25', 'Young adults, including those with SEND up to 25.'],
      ['5', 'Parents and carers', 'Mums, dads and anyone bringing up a child.'],
      ['6', 'Expecting a baby', 'Pregnant people and their partners.'],
      ['7', 'Children and young people with SEND', 'Special educational needs and disabilities, with or without an EHC plan.'],
      ['8', 'Disabled adults', 'Adults with a physical or learning disability or long-term condition.'],
      ['9', 'Young carers', 'Children and young people who look after someone.'],
      ['10', 'Adult carers', 'Adults who look after someone.'],
      ['11', 'Older people', 'People aged 60 and over.'],
      ['12', 'Living alone', 'People who live on their own.'],
      ['13', 'On a low income', 'People struggling with money.'],
      ['14', 'Refugees and asylum seekers', 'People who have come to the UK seeking safety.'],
      ['15', 'Care leavers', 'Young people who have been in care.'],
      ['16', 'Deaf or hard of hearing', 'People with hearing loss, including BSL users.'],
      ['17', 'Blind or partially sighted', 'People with sight loss.'],
    ],
  },
  {
    vocabulary: 'sendNeeds',
    name: 'SEND areas of need',
    description: 'The four broad areas of need from the SEND Code of Practice (2015), with common needs under each.',
    terms: [
      ['CI', 'Communication and interaction', 'Speech, language and communication needs, including autism.'],
      ['CI-SLCN', 'Speech, language and communication needs', 'Difficulty saying what they want to, understanding others or social communication.', 'CI'],
      ['CI-ASD', 'Autism', 'Autistic children and young people, who may find social interaction and communication difficult.', 'CI'],
      ['CL', 'Cognition and learning', 'Learning at a slower pace than peers, or specific learning difficulties.'],
      ['CL-SPLD', 'Specific learning difficulties', 'Dyslexia, dyscalculia and dyspraxia.', 'CL'],
      ['CL-MLD', 'Moderate learning difficulties', 'Needing support across the curriculum.', 'CL'],
      ['CL-SLD', 'Severe or profound and multiple learning difficulties', 'Needing a high level of support in all areas of learning and daily life.', 'CL'],
      ['SEMH', 'Social, emotional and mental health', 'Social and emotional difficulties, including anxiety, attachment needs and ADHD.'],
      ['SEMH-ADHD', 'ADHD', 'Attention deficit hyperactivity disorder.', 'SEMH'],
      ['SP', 'Sensory and/or physical needs', 'Vision, hearing or multi-sensory impairment, or a physical disability.'],
      ['SP-VI', 'Vision impairment', 'Sight loss, from partial sight to blindness.', 'SP'],
      ['SP-HI', 'Hearing impairment', 'Hearing loss, from mild to profound, including deaf children who use BSL.', 'SP'],
      ['SP-MSI', 'Multi-sensory impairment', 'A combination of vision and hearing difficulties.', 'SP'],
      ['SP-PD', 'Physical disability', 'A physical disability that needs additional support or equipment.', 'SP'],
    ],
  },
];

const URI_BASE = 'https://signpost.example.org/taxonomies';

export function buildTaxonomies(): { taxonomies: Taxonomy[]; terms: Term[] } {
  const taxonomies: Taxonomy[] = [];
  const terms: Term[] = [];
  for (const source of SOURCES) {
    taxonomies.push({
      id: uuidFrom(`taxonomy:${source.vocabulary}`),
      vocabulary: source.vocabulary,
      name: source.name,
      description: source.description,
      uri: `${URI_BASE}/${source.vocabulary}`,
      version: '1.0',
    });
    for (const [code, name, description, parent] of source.terms) {
      const id = `${source.vocabulary}:${code}`;
      terms.push({
        id,
        uuid: uuidFrom(`term:${id}`),
        code,
        name,
        description,
        vocabulary: source.vocabulary,
        ...(parent ? { parent: `${source.vocabulary}:${parent}` } : {}),
      });
    }
  }
  return { taxonomies, terms };
}

export const TERM_URI_BASE = URI_BASE;
