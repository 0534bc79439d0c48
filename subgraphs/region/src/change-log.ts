import { Collection, Db, IndexDescription } from 'mongodb';
import { ensureIndexes, isDuplicateKey } from '@expertpool/shared';
import { ProgrammeChangeDoc } from './programme';

const CHANGE_INDEXES: IndexDescription[] = [
  { key: { programmeId: 1, version: 1 }, name: 'programmeId_version' },
];

export const changeId = (programmeId: string, version: number) => `${programmeId}#${version}`;

/**
 * The `programme_changes` collection: every change of every programme, one document per version
 * of a programme. Writing a change's document is how a writer claims the version it produces: the
 * id is unique, so of two writers of one version exactly one succeeds, on MongoDB and on FerretDB
 * alike. (A conditional update would not do: FerretDB 1.x checks an update's filter and then
 * writes, so two writers of one version could both pass the check.)
 */
export class ChangeLog {
  readonly changes: Collection<ProgrammeChangeDoc>;

  constructor(db: Db) {
    this.changes = db.collection<ProgrammeChangeDoc>('programme_changes');
  }

  async init(): Promise<void> {
    await ensureIndexes(this.changes, CHANGE_INDEXES);
  }

  /** Stores the change: true when this writer now holds its version, false when another does. */
  async claim(change: ProgrammeChangeDoc): Promise<boolean> {
    try {
      await this.changes.insertOne(change);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  find(programmeId: string, version: number): Promise<ProgrammeChangeDoc | null> {
    return this.changes.findOne({ _id: changeId(programmeId, version) });
  }

  /** The changes of programmes, oldest first, in the order of `ids`. */
  async historiesOf(ids: readonly string[]): Promise<ProgrammeChangeDoc[][]> {
    const docs = await this.changes
      .find({ programmeId: { $in: [...ids] } })
      .sort({ programmeId: 1, version: 1 })
      .toArray();
    const byId = new Map<string, ProgrammeChangeDoc[]>(ids.map((id) => [id, []]));
    for (const doc of docs) byId.get(doc.programmeId)?.push(doc);
    return ids.map((id) => byId.get(id) ?? []);
  }
}
