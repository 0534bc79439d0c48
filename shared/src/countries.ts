/**
 * The country table: ASEAN's 11 member states plus the ACCSM+3 partners. Codes are ISO 3166-1
 * alpha-2; they prefix every expert id and key every registry entry.
 */
export type Membership = 'MEMBER' | 'PLUS_THREE';

export interface CountryInfo {
  code: string;
  nameEn: string;
  nameLocal: string;
  /** The civil-service agency that is the country's ACCSM focal point. */
  agency: string;
  /** Official languages as BCP 47 tags, first the one used for local-script names. */
  languages: string[];
  /** ISO date the country joined ASEAN (members) or ACCSM+3 cooperation (partners). */
  memberSince: string;
  membership: Membership;
  /** Whether a fact in this row still awaits confirmation from the member state. */
  unverified?: string[];
}

export const COUNTRIES: readonly CountryInfo[] = [
  {
    code: 'BN',
    nameEn: 'Brunei Darussalam',
    nameLocal: 'Negara Brunei Darussalam',
    agency: "Public Service Department, Prime Minister's Office",
    languages: ['ms'],
    memberSince: '1984-01-07',
    membership: 'MEMBER',
  },
  {
    code: 'KH',
    nameEn: 'Cambodia',
    nameLocal: 'ព្រះរាជាណាចក្រកម្ពុជា',
    agency: 'Ministry of Civil Service',
    languages: ['km'],
    memberSince: '1999-04-30',
    membership: 'MEMBER',
  },
  {
    code: 'ID',
    nameEn: 'Indonesia',
    nameLocal: 'Republik Indonesia',
    agency: 'Badan Kepegawaian Negara (BKN)',
    languages: ['id'],
    memberSince: '1967-08-08',
    membership: 'MEMBER',
  },
  {
    code: 'LA',
    nameEn: 'Lao PDR',
    nameLocal: 'ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ',
    agency: 'Ministry of Home Affairs',
    languages: ['lo'],
    memberSince: '1997-07-23',
    membership: 'MEMBER',
  },
  {
    code: 'MY',
    nameEn: 'Malaysia',
    nameLocal: 'Malaysia',
    agency: 'Public Service Department (JPA)',
    languages: ['ms'],
    memberSince: '1967-08-08',
    membership: 'MEMBER',
  },
  {
    code: 'MM',
    nameEn: 'Myanmar',
    nameLocal: 'ပြည်ထောင်စု သမ္မတ မြန်မာနိုင်ငံတော်',
    agency: 'Union Civil Service Board',
    languages: ['my'],
    memberSince: '1997-07-23',
    membership: 'MEMBER',
  },
  {
    code: 'PH',
    nameEn: 'Philippines',
    nameLocal: 'Republika ng Pilipinas',
    agency: 'Civil Service Commission (senior executives: Career Executive Service Board)',
    languages: ['fil', 'en'],
    memberSince: '1967-08-08',
    membership: 'MEMBER',
  },
  {
    code: 'SG',
    nameEn: 'Singapore',
    nameLocal: 'Republic of Singapore',
    agency: "Public Service Division, Prime Minister's Office",
    languages: ['en', 'ms', 'zh', 'ta'],
    memberSince: '1967-08-08',
    membership: 'MEMBER',
    unverified: ['agency'],
  },
  {
    code: 'TH',
    nameEn: 'Thailand',
    nameLocal: 'ราชอาณาจักรไทย',
    agency: 'Office of the Civil Service Commission (OCSC)',
    languages: ['th'],
    memberSince: '1967-08-08',
    membership: 'MEMBER',
  },
  {
    code: 'VN',
    nameEn: 'Viet Nam',
    nameLocal: 'Việt Nam',
    agency: 'Ministry of Home Affairs',
    languages: ['vi'],
    memberSince: '1995-07-28',
    membership: 'MEMBER',
  },
  {
    code: 'TL',
    nameEn: 'Timor-Leste',
    nameLocal: 'Timor-Leste',
    agency: 'Comissão da Função Pública',
    languages: ['tet', 'pt'],
    memberSince: '2025-10-26',
    membership: 'MEMBER',
    unverified: ['agency'],
  },
  {
    code: 'CN',
    nameEn: 'China',
    nameLocal: '中华人民共和国',
    agency: 'National Civil Service Administration',
    languages: ['zh'],
    memberSince: '2004-01-01',
    membership: 'PLUS_THREE',
    unverified: ['memberSince'],
  },
  {
    code: 'JP',
    nameEn: 'Japan',
    nameLocal: '日本国',
    agency: 'National Personnel Authority',
    languages: ['ja'],
    memberSince: '2004-01-01',
    membership: 'PLUS_THREE',
    unverified: ['memberSince'],
  },
  {
    code: 'KR',
    nameEn: 'Korea',
    nameLocal: '대한민국',
    agency: 'Ministry of Personnel Management',
    languages: ['ko'],
    memberSince: '2004-01-01',
    membership: 'PLUS_THREE',
    unverified: ['memberSince'],
  },
];

export const MEMBER_CODES: readonly string[] = COUNTRIES.filter(
  (c) => c.membership === 'MEMBER',
).map((c) => c.code);

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

export function findCountry(code: string): CountryInfo | undefined {
  return byCode.get(code);
}

export function isCountryCode(code: string): boolean {
  return byCode.has(code);
}

/**
 * The one rule for a country code typed by an operator, in `COUNTRY=` or `--country`: spaces
 * around it are dropped and either case is accepted (`tl` is `TL`), so a service and a CLI never
 * disagree about the same code. Undefined when the code is not in the table.
 */
export function parseCountryCode(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  return byCode.has(code) ? code : undefined;
}

/** What to say when `parseCountryCode` refuses `raw` given as `what` (`COUNTRY`, `--country`). */
export function countryCodeProblem(what: string, raw: string): string {
  return `${what}: "${raw}" is not a known country code; one of ${COUNTRIES.map((c) => c.code).join(', ')}`;
}
