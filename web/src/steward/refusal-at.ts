import type { CombinedError } from '@urql/core';
import { problemsAt, writeRefusal } from '../programmes/problems';

/** A refused decision: what the server said about one argument, and everything else in words. */
export interface Refusal {
  atField: string[];
  messages: string[];
}

/**
 * A steward's refused action in words. The country service names the argument at fault
 * (`extensions.field`, e.g. a rejection without a `reason`) and says why in a sentence, and a
 * CONFLICT or NOT_FOUND says what happened to this request or record; both are shown as the
 * server wrote them, by the same reading as the programme forms (programmes/problems.ts).
 */
export function refusalAt(error: CombinedError | undefined, field: string): Refusal {
  const refusal = writeRefusal(error);
  if (!refusal) return { atField: [], messages: [] };
  const at = problemsAt(refusal.problems, field, true);
  const elsewhere = refusal.problems.filter((p) => !at.includes(p));
  return {
    atField: at.map((p) => p.sentence),
    messages: [...new Set([...elsewhere.map((p) => p.sentence), ...refusal.messages])],
  };
}
