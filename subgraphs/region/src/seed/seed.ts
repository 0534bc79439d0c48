import { ProgrammeDoc } from '../programme';
import { ProgrammeStore } from '../store';
import { PROGRAMME_SEEDS } from './programmes';
import { TrainerPicker } from './trainers';

/** The demo programmes with engagements naming demo experts generated with `seed`. */
export function buildDemoProgrammes(seed: number): ProgrammeDoc[] {
  const picker = new TrainerPicker(seed);
  return PROGRAMME_SEEDS.map((p) => {
    const taken = new Set<string>();
    const engagements = p.trainers.map((slot) => {
      const expertId = picker.pick(slot.country, p.competencies, taken);
      taken.add(expertId);
      return { role: slot.role, expertId, topic: slot.topic };
    });
    const doc: ProgrammeDoc = {
      _id: p.id,
      title: p.title,
      kind: p.kind,
      host: p.host,
      startDate: p.startDate,
      endDate: p.endDate,
      competencies: [...p.competencies],
      description: p.description,
      engagements,
    };
    if (p.workPlan !== undefined) doc.workPlan = p.workPlan;
    return doc;
  });
}

/**
 * Fills an EMPTY programmes collection with the demo programmes; a collection holding any
 * programme is never touched, so the secretariat's real records are safe.
 */
export async function seedProgrammesIfEmpty(
  store: ProgrammeStore,
  seed: number,
  log: (line: string) => void,
): Promise<number> {
  if (!(await store.isEmpty())) return 0;
  const inserted = await store.insertNew(buildDemoProgrammes(seed));
  log(`region: seeded ${inserted} demo programmes`);
  return inserted;
}
