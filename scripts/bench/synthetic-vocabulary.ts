import type { Party } from '../../src/domain/schema.ts';

/** Fixed word lists for the synthetic dataset: invented people and reports, real-looking places. */

export const SYNTHETIC_PARTIES: readonly Party[] = [
  { id: 'ua', name: 'Ukraine', shortName: 'Ukraine', kind: 'state', colour: '#0072b2' },
  { id: 'ru', name: 'Russian Federation', shortName: 'Russia', kind: 'state', colour: '#d55e00' },
  { id: 'us', name: 'United States', shortName: 'US', kind: 'state', colour: '#009e73' },
  { id: 'tr', name: 'Republic of Türkiye', shortName: 'Türkiye', kind: 'state', colour: '#cc79a7' },
  { id: 'sa', name: 'Kingdom of Saudi Arabia', shortName: 'Saudi Arabia', kind: 'state', colour: '#e69f00' },
  { id: 'qa', name: 'State of Qatar', shortName: 'Qatar', kind: 'state', colour: '#56b4e9' },
  { id: 'ae', name: 'United Arab Emirates', shortName: 'UAE', kind: 'state', colour: '#f0e442' },
  { id: 'fr', name: 'French Republic', shortName: 'France', kind: 'state', colour: '#332288' },
  { id: 'de', name: 'Federal Republic of Germany', shortName: 'Germany', kind: 'state', colour: '#117733' },
  { id: 'eu', name: 'European Union', shortName: 'EU', kind: 'organisation', colour: '#44aa99' },
  { id: 'un', name: 'United Nations', shortName: 'UN', kind: 'organisation', colour: '#88ccee' },
  { id: 'icrc', name: 'International Committee of the Red Cross', shortName: 'ICRC', kind: 'organisation' },
];

export const SYNTHETIC_CITIES: readonly { city: string; country: string; venue: string }[] = [
  { city: 'Istanbul', country: 'Türkiye', venue: 'Dolmabahçe Palace' },
  { city: 'Ankara', country: 'Türkiye', venue: 'Presidential Complex' },
  { city: 'Riyadh', country: 'Saudi Arabia', venue: 'Diriyah Palace' },
  { city: 'Jeddah', country: 'Saudi Arabia', venue: 'Ritz-Carlton Jeddah' },
  { city: 'Doha', country: 'Qatar', venue: 'Sheraton Grand Doha' },
  { city: 'Abu Dhabi', country: 'United Arab Emirates', venue: 'Qasr Al Watan' },
  { city: 'Geneva', country: 'Switzerland', venue: 'Palais des Nations' },
  { city: 'Vienna', country: 'Austria', venue: 'Hofburg' },
  { city: 'Helsinki', country: 'Finland', venue: 'Finlandia Hall' },
  { city: 'Oslo', country: 'Norway', venue: 'Holmenkollen Park Hotel' },
  { city: 'Paris', country: 'France', venue: 'Élysée Palace' },
  { city: 'Berlin', country: 'Germany', venue: 'Federal Chancellery' },
  { city: 'Brussels', country: 'Belgium', venue: 'Europa building' },
  { city: 'New York', country: 'United States', venue: 'UN Headquarters' },
  { city: 'Washington', country: 'United States', venue: 'Blair House' },
  { city: 'Muscat', country: 'Oman', venue: 'Al Alam Palace' },
  { city: 'Baku', country: 'Azerbaijan', venue: 'Gulustan Palace' },
  { city: 'Astana', country: 'Kazakhstan', venue: 'Akorda' },
  { city: 'Budapest', country: 'Hungary', venue: 'Carmelite Monastery' },
  { city: 'Minsk', country: 'Belarus', venue: 'Palace of Independence' },
];

export const FIRST_NAMES = [
  'Andrii', 'Olena', 'Sergei', 'Irina', 'James', 'Sarah', 'Mehmet', 'Ayşe', 'Faisal', 'Noura',
  'Khalid', 'Mariam', 'Claire', 'Louis', 'Katrin', 'Jonas', 'Elena', 'Marco', 'Amina', 'Pierre',
] as const; // prettier-ignore

export const LAST_NAMES = [
  'Kovalenko', 'Petrova', 'Volkov', 'Smith', 'Harper', 'Yilmaz', 'Demir', 'Al-Saud', 'Al-Thani', 'Haddad',
  'Moreau', 'Laurent', 'Becker', 'Hoffmann', 'Rossi', 'Nowak', 'Lindqvist', 'Okafor', 'Tkachenko', 'Orlov',
] as const; // prettier-ignore

export const POSITION_TITLES = [
  'Foreign minister', 'Deputy foreign minister', 'Defence minister', 'National security adviser',
  'Special envoy', 'Presidential aide', 'Head of the presidential office', 'Ambassador', 'Intelligence chief',
] as const; // prettier-ignore

export const PUBLISHERS = [
  'Example Wire', 'Example Daily', 'Sample News Agency', 'The Placeholder Times', 'Demo Broadcasting',
  'Illustrative Press', 'Mock Herald', 'Synthetic Post', 'Test Tribune', 'Fixture Gazette',
] as const; // prettier-ignore

export const WIRES = ['Reuters', 'AP', 'AFP', 'TASS', 'Anadolu', 'Ukrinform'] as const;

export const DISPUTE_SUBJECTS = [
  'How long the meeting lasted', 'Who headed the delegation', 'Whether a joint statement was agreed',
  'How many prisoners were exchanged', 'Whether the talks were direct',
] as const; // prettier-ignore

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore

/** A slug from any words: "Abu Dhabi" → "abu-dhabi", "Ayşe Yilmaz" → "ayse-yilmaz". */
export function slugify(words: string): string {
  return words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
