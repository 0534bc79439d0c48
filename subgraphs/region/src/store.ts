import { Collection, Db, Filter, IndexDescription, MongoBulkWriteError } from 'mongodb';
import { ensureIndexes, isEmptyCollection } from '@expertpool/shared';
import { ProgrammeDoc, ProgrammeQuery } from './programme';

const PROGRAMME_INDEXES: IndexDescription[] = [
  { key: { host: 1, startDate: 1 }, name: 'host_startDate' },
  { key: { startDate: 1, endDate: 1 }, name: 'startDate_endDate' },
  { key: { competencies: 1, startDate: 1 }, name: 'competencies_startDate' },
];

/** The secretariat's programme records. */
export class ProgrammeStore {
  readonly programmes: Collection<ProgrammeDoc>;

  constructor(db: Db) {
    this.programmes = db.collection<ProgrammeDoc>('programmes');
  }

  /** One index per filter of `Query.programmes`, each ending in the sort key. */
  async init(): Promise<void> {
    await ensureIndexes(this.programmes, PROGRAMME_INDEXES);
  }

  /** Programmes matching the query, by start date then id; a date range keeps those overlapping it. */
  async find(query: ProgrammeQuery): Promise<ProgrammeDoc[]> {
    // limit(0) would mean "no limit" to MongoDB.
    if (query.first === 0) return [];
    const filter: Filter<ProgrammeDoc> = {};
    if (query.host !== undefined) filter.host = query.host;
    if (query.competency !== undefined) filter.competencies = query.competency;
    if (query.from !== undefined) filter.endDate = { $gte: query.from };
    if (query.to !== undefined) filter.startDate = { $lte: query.to };
    return this.programmes.find(filter).sort({ startDate: 1, _id: 1 }).limit(query.first).toArray();
  }

  findById(id: string): Promise<ProgrammeDoc | null> {
    return this.programmes.findOne({ _id: id });
  }

  /**
   * Inserts the documents whose ids are new and returns how many were inserted: two instances
   * seeding one database at once must not fail each other's start-up.
   */
  async insertNew(docs: ProgrammeDoc[]): Promise<number> {
    if (docs.length === 0) return 0;
    try {
      return (await this.programmes.insertMany(docs, { ordered: false })).insertedCount;
    } catch (error) {
      if (error instanceof MongoBulkWriteError && error.writeErrors && allDuplicates(error))
        return error.insertedCount;
      throw error;
    }
  }

  count(): Promise<number> {
    return this.programmes.countDocuments();
  }

  /** No programme at all: only then may the demo programmes be seeded. */
  isEmpty(): Promise<boolean> {
    return isEmptyCollection(this.programmes);
  }
}

const DUPLICATE_KEY = 11000;

function allDuplicates(error: MongoBulkWriteError): boolean {
  const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  return errors.every((e) => e.code === DUPLICATE_KEY);
}
