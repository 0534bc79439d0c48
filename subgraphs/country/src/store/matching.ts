import { Collection, Filter } from 'mongodb';
import {
  Availability,
  CEFR_LEVELS,
  Cefr,
  Engagement,
  ExpertiseEntry,
  LanguageSkill,
  SortKey,
  TrainingNeed,
} from '@expertpool/shared';
import { ExpertDoc, areaKeys } from './document';
import { SearchScope, requireReleased } from './search-scope';
import { loadPage } from './search';
import { TopAfter } from './top-k';

/** How a candidate fits one competency of a need. */
export interface CompetencyFit {
  area: string;
  minLevel: number;
  level: number | null;
  years: number | null;
  met: boolean;
}

export interface LanguageFit {
  tag: string;
  minCefr: Cefr;
  cefr: Cefr | null;
  met: boolean;
}

export interface AvailabilityFit {
  status: Availability['status'];
  modeSupported: boolean;
  /** Days of the need's window the candidate's availability windows cover. */
  overlapDays: number;
  windowDays: number;
}

/**
 * Why a candidate fits, from the fields released to the caller only: a part whose field is
 * withheld is null, and does not count in the score either (docs/ARCHITECTURE.md §7.7).
 */
export interface TrainerMatch {
  competencies: CompetencyFit[];
  languages: LanguageFit[] | null;
  availability: AvailabilityFit | null;
  engagements: Engagement[] | null;
}

export interface Candidate {
  doc: ExpertDoc;
  key: SortKey;
  score: number;
  match: TrainerMatch;
}

export interface CandidatePage {
  edges: Candidate[];
  totalCount: number;
  hasNextPage: boolean;
}

/** How much each part of the fit counts: the competency most, then languages, dates, track record. */
const WEIGHTS = { competencies: 0.55, languages: 0.2, availability: 0.15, engagements: 0.1 };
/** Earlier engagements that count toward the track record; more say little more. */
const TRACK_RECORD = 3;
const DAY_MS = 86_400_000;

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;

/** Days of [from, to] covered by the windows (overlapping windows count once). */
export function coveredDays(
  windows: readonly { from: string; to: string }[],
  from: string,
  to: string,
): number {
  const clipped = windows
    .map((w) => ({ from: w.from > from ? w.from : from, to: w.to < to ? w.to : to }))
    .filter((w) => w.from <= w.to)
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  let total = 0;
  let reached = '';
  for (const w of clipped) {
    const start = reached && w.from <= reached ? nextDay(reached) : w.from;
    if (start > w.to) continue;
    total += days(start, w.to);
    reached = w.to;
  }
  return total;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function competencyFit(
  need: TrainingNeed['competencies'][number],
  expertise: readonly ExpertiseEntry[],
): CompetencyFit {
  const entry = expertise.find((e) => e.area === need.area);
  return {
    area: need.area,
    minLevel: need.minLevel,
    level: entry?.level ?? null,
    years: entry?.years ?? null,
    met: entry !== undefined && entry.level >= need.minLevel,
  };
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

function languageFit(
  need: TrainingNeed['languages'][number],
  skills: readonly LanguageSkill[],
): LanguageFit {
  const held = skills
    .filter((s) => primary(s.tag) === primary(need.tag))
    .map((s) => s.cefr)
    .sort((a, b) => CEFR_LEVELS.indexOf(b) - CEFR_LEVELS.indexOf(a))[0];
  return {
    tag: need.tag,
    minCefr: need.minCefr,
    cefr: held ?? null,
    met: held !== undefined && CEFR_LEVELS.indexOf(held) >= CEFR_LEVELS.indexOf(need.minCefr),
  };
}

/** In [0, 1]: a met competency by level and years, an unmet one a little by how close it is. */
function competencyScore(fit: CompetencyFit): number {
  if (fit.level === null) return 0;
  if (!fit.met) return (0.25 * fit.level) / fit.minLevel;
  return 0.5 + 0.5 * (0.75 * ((fit.level - 1) / 3) + 0.25 * (Math.min(fit.years ?? 0, 25) / 25));
}

function languageScore(fit: LanguageFit): number {
  if (fit.cefr === null) return 0;
  if (fit.met) return 1;
  return (0.5 * (CEFR_LEVELS.indexOf(fit.cefr) + 1)) / (CEFR_LEVELS.indexOf(fit.minCefr) + 1);
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * A candidate's fit in [0, 1] and its explanation. The same arithmetic in every country, from the
 * record alone (no corpus statistics), so scores compare across the region as they are; rounded
 * to six places so every country's arithmetic agrees.
 */
export function matchCandidate(
  doc: Pick<ExpertDoc, 'expertise' | 'languages' | 'availability' | 'engagements'>,
  need: TrainingNeed,
  released: ReadonlySet<string>,
): { score: number; match: TrainerMatch } {
  const competencies = need.competencies.map((c) => competencyFit(c, doc.expertise));
  const languages = released.has('languages')
    ? need.languages.map((l) => languageFit(l, doc.languages))
    : null;
  const windowDays = days(need.from, need.to);
  const availability = released.has('availability')
    ? {
        status: doc.availability.status,
        modeSupported: need.mode === 'ONSITE' ? doc.availability.onsite : doc.availability.remote,
        overlapDays:
          doc.availability.status === 'UNAVAILABLE'
            ? 0
            : coveredDays(doc.availability.windows, need.from, need.to),
        windowDays,
      }
    : null;
  const engagements = released.has('engagements') ? doc.engagements : null;

  const parts: [number, number][] = [
    [WEIGHTS.competencies, mean(competencies.map(competencyScore))],
  ];
  if (languages && languages.length > 0)
    parts.push([WEIGHTS.languages, mean(languages.map(languageScore))]);
  if (availability)
    parts.push([
      WEIGHTS.availability,
      availability.modeSupported
        ? (availability.overlapDays / windowDays) * (availability.status === 'LIMITED' ? 0.7 : 1)
        : 0,
    ]);
  if (engagements)
    parts.push([WEIGHTS.engagements, Math.min(engagements.length, TRACK_RECORD) / TRACK_RECORD]);
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  const score = parts.reduce((sum, [w, v]) => sum + w * v, 0) / weight;
  return {
    score: Math.round(score * 1e6) / 1e6,
    match: { competencies, languages, availability, engagements },
  };
}

const PROJECTION = { _id: 1, expertise: 1, languages: 1, availability: 1, engagements: 1 } as const;

/**
 * Trainer candidates for a need, best fit first, continuing after a cursor. A candidate holds at
 * least one needed competency at its level; the rest of the need ranks and explains.
 */
export async function matchTrainers(
  experts: Collection<ExpertDoc>,
  scope: SearchScope,
  need: TrainingNeed,
  first: number,
  after?: SortKey,
): Promise<CandidatePage> {
  requireReleased(scope, 'expertise', 'need.competencies');
  const outside =
    (need.includeCountries !== undefined && !need.includeCountries.includes(scope.country)) ||
    (need.excludeCountries ?? []).includes(scope.country);
  if (outside) return { edges: [], totalCount: 0, hasNextPage: false };
  const query: Filter<ExpertDoc> = {
    $and: [
      scope.visibility,
      { expertiseKeys: { $in: need.competencies.flatMap((c) => areaKeys(c.area, c.minLevel)) } },
    ],
  };
  const top = new TopAfter<{ key: SortKey; score: number; match: TrainerMatch }>(first, after);
  for await (const doc of experts.find(query, { projection: PROJECTION })) {
    const { score, match } = matchCandidate(doc, need, scope.released);
    top.offer({ key: { o: 'RELEVANCE', v: score, i: doc._id, c: scope.country }, score, match });
  }
  const { entries, hasNextPage } = top.page();
  const docs = await loadPage(experts, entries, query);
  const edges = entries.flatMap((e) => {
    const doc = docs.get(e.key.i);
    return doc ? [{ ...e, doc }] : [];
  });
  return { edges, totalCount: top.total, hasNextPage };
}
