/** English strings for the guided start: loaded with it (Welsh ones are in the Welsh table). */
import { addStrings } from '../shared/i18n.js';

export const guidedEn = {
  guidedHeading: 'What do you need help with?',
  guidedIntro: 'Choose the one that fits best. You can change it or add more later.',
  guidedSkip: 'Search all services instead',
  guidedAgesHeading: 'How old is the person who needs help?',
  guidedBack: 'Back',
  topic_money: 'Money, debt and benefits',
  topicHint_money: 'Budgeting, bills, debts and claiming benefits',
  topic_food: 'Food',
  topicHint_food: 'Food banks, pantries and meals',
  topic_home: 'Somewhere to live',
  topicHint_home: 'Finding or keeping a home',
  topic_parenting: 'Being a parent',
  topicHint_parenting: 'Groups, courses and advice for parents',
  topic_send: 'Special educational needs and disabilities',
  topicHint_send: 'Support for children and young people with SEND',
  topic_wellbeing: 'Feeling low, anxious or stressed',
  topicHint_wellbeing: 'Mental health and wellbeing',
  topic_health: 'Staying healthy',
  topicHint_health: 'Health and managing a condition',
  topic_activities: 'Things to do',
  topicHint_activities: 'Clubs, sport, play and hobbies',
  topic_caring: 'Caring for someone',
  topicHint_caring: 'Support and breaks for carers',
  topic_childcare: 'Childcare',
  topicHint_childcare: 'Nurseries, childminders and clubs',
  topic_work: 'Work and learning',
  topicHint_work: 'Jobs, training, school and college',
  topic_lonely: 'Feeling lonely',
  topicHint_lonely: 'Company and things to do with others',
  topic_safety: 'Keeping safe',
  topicHint_safety: 'Help if you do not feel safe at home or outside',
} as const;

addStrings('en', guidedEn);
