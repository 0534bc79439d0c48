import type { Cefr } from '@expertpool/shared';
import type { LanguageOption } from './types';

// Repeating a level makes it more likely: most senior officials read and speak English well.
const ENGLISH_TYPICAL: readonly Cefr[] = ['A2', 'B1', 'B1', 'B2', 'B2', 'B2', 'C1', 'C1', 'C2'];
const ENGLISH_STRONG: readonly Cefr[] = ['B2', 'C1', 'C1', 'C2', 'C2'];

export function english(strong = false, chance = 0.92): LanguageOption {
  return { tags: ['en'], levels: strong ? ENGLISH_STRONG : ENGLISH_TYPICAL, chance };
}

/** A third language some officials learnt through study abroad or postings. */
export function thirdLanguage(tags: readonly string[], chance = 0.22): LanguageOption {
  return { tags, levels: ['A2', 'B1', 'B1', 'B2', 'C1'], chance };
}

/** Universities across the region where officials often take graduate degrees. */
export const REGIONAL_UNIVERSITIES: readonly string[] = [
  'Asian Institute of Technology',
  'Lee Kuan Yew School of Public Policy, National University of Singapore',
  'National Graduate Institute for Policy Studies (GRIPS)',
  'KDI School of Public Policy and Management',
  'Universiti Malaya',
  'Chulalongkorn University',
];
