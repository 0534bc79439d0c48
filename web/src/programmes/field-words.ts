/** The programme form's fields as a person names them, by the server's path (`need.languages[0].tag`). */
const FIELDS: Record<string, string> = {
  title: 'Title',
  kind: 'Kind',
  host: 'Host country',
  startDate: 'Start date',
  endDate: 'End date',
  workPlan: 'Work plan',
  description: 'Description',
  competencies: 'Competencies',
  need: 'Training need',
  'need.competencies': 'Competencies the trainers need',
  'need.languages': 'Languages the trainers need',
  'need.from': 'Trainers available from',
  'need.to': 'Trainers available until',
  'need.mode': 'Delivery',
  'need.includeCountries': "Trainers' countries",
  'need.excludeCountries': "Trainers' countries",
  reason: 'Reason',
  topic: 'Topic',
  expertId: 'Expert',
};

const ROW_PARTS: Record<string, string> = {
  area: 'area',
  minLevel: 'lowest level',
  tag: 'language',
  minCefr: 'lowest level',
};

const ROWS: Record<string, string> = {
  competencies: 'Competency',
  'need.competencies': 'Needed competency',
  'need.languages': 'Needed language',
  'need.includeCountries': "Trainers' country",
  'need.excludeCountries': 'Excluded country',
};

/** `need.competencies[1].minLevel` → "Needed competency 2, lowest level". */
export function fieldWords(key: string): string {
  if (FIELDS[key]) return FIELDS[key];
  const row = /^(.+)\[(\d+)\](?:\.(\w+))?$/.exec(key);
  if (row && ROWS[row[1]]) {
    const part = row[3] ? ROW_PARTS[row[3]] : undefined;
    return `${ROWS[row[1]]} ${Number(row[2]) + 1}${part ? `, ${part}` : ''}`;
  }
  return key;
}
