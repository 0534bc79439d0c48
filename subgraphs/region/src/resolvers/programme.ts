import { findExpertiseArea } from '@expertpool/shared';
import { RegionContext } from '../context';
import { ProgrammeDoc } from '../programme';

/** Field resolvers of `Programme`, from the stored document. */
export const programmeResolvers = {
  id: (doc: ProgrammeDoc) => doc._id,
  host: (doc: ProgrammeDoc, _: unknown, ctx: RegionContext) => ctx.loaders.country.load(doc.host),
  workPlan: (doc: ProgrammeDoc) => doc.workPlan ?? null,
  description: (doc: ProgrammeDoc) => doc.description ?? null,
  // Vocabulary ids are never removed, so the fallback only guards against hand-edited documents.
  competencies: (doc: ProgrammeDoc) =>
    doc.competencies.map((id) => ({ id, label: findExpertiseArea(id)?.label ?? id })),
  // The expert is a reference: its own country resolves it through the gateway.
  engagements: (doc: ProgrammeDoc) =>
    doc.engagements.map((e) => ({
      role: e.role,
      topic: e.topic ?? null,
      expert: { id: e.expertId },
    })),
};
