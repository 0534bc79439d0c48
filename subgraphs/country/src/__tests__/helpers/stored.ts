import { ExpertDoc } from '../../store/document';
import { ExpertStore } from '../../store/expert-store';

/** Every stored document by ref, read through the store as the export reads them. */
export async function storedDocs(store: ExpertStore): Promise<ExpertDoc[]> {
  const docs: ExpertDoc[] = [];
  for await (const doc of store.allByRef()) docs.push(doc);
  return docs;
}

/** How many records the store holds, exactly (`count()` is an estimate). */
export async function storedCount(store: ExpertStore): Promise<number> {
  return (await storedDocs(store)).length;
}
