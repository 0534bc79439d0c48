import { ExpertStore } from '../store/expert-store';
import { toRecord } from '../store/document';

/**
 * A country's records as the JSON an import reads back: an array of records (the same fields
 * and ids as stored), sorted by the agency's reference, pretty-printed exactly as
 * `JSON.stringify(records, null, 2)` would (plus a final newline), but streamed, so a large
 * country needs little memory.
 */
export async function* exportChunks(store: ExpertStore): AsyncGenerator<string> {
  let first = true;
  for await (const doc of store.allByRef()) {
    const body = JSON.stringify(toRecord(doc, store.country), null, 2).replace(/\n/g, '\n  ');
    yield `${first ? '[\n' : ',\n'}  ${body}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

export async function exportJson(store: ExpertStore): Promise<string> {
  let out = '';
  for await (const chunk of exportChunks(store)) out += chunk;
  return out;
}
