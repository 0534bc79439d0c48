import { setTimeout as sleep } from 'node:timers/promises';
import {
  Collection,
  Db,
  Filter,
  IndexDescription,
  MongoBulkWriteError,
  UpdateFilter,
} from 'mongodb';
import {
  ErrorCode,
  appError,
  ensureIndexes,
  isEmptyCollection,
  isDuplicateKey,
} from '@expertpool/shared';
import { ChangeLog, changeId } from './change-log';
import {
  ChangeRecord,
  ProgrammeChangeDoc,
  ProgrammeDoc,
  ProgrammeEdit,
  ProgrammeQuery,
} from './programme';

/** What a change makes of the current document, and how it describes itself. */
export interface PlannedChange extends ProgrammeEdit {
  record: ChangeRecord;
}

/** How often a writer finds its version taken and plans again before the caller is told to retry. */
const MAX_ATTEMPTS = 20;
/**
 * A claimed version whose programme has not moved on after this long was abandoned (its writer
 * died between claim and update); the next writer applies the claimed change itself, as recorded.
 */
const ABANDONED_AFTER_MS = 30_000;

/** The filter matching a programme at `version` (documents from before versions are at 0). */
function atVersion(id: string, version: number): Filter<ProgrammeDoc> {
  return version === 0
    ? { _id: id, $or: [{ version: 0 }, { version: { $exists: false } }] }
    : { _id: id, version };
}

function notFound(id: string) {
  return appError(ErrorCode.NOT_FOUND, `No programme has id "${id.slice(0, 80)}".`, {
    field: 'id',
  });
}

const PROGRAMME_INDEXES: IndexDescription[] = [
  { key: { host: 1, startDate: 1 }, name: 'host_startDate' },
  { key: { startDate: 1, endDate: 1 }, name: 'startDate_endDate' },
  { key: { competencies: 1, startDate: 1 }, name: 'competencies_startDate' },
];

/** The secretariat's programme records and their change log. */
export class ProgrammeStore {
  readonly programmes: Collection<ProgrammeDoc>;
  readonly log: ChangeLog;

  constructor(db: Db) {
    this.programmes = db.collection<ProgrammeDoc>('programmes');
    this.log = new ChangeLog(db);
  }

  /** One index per filter of `Query.programmes`, each ending in the sort key. */
  async init(): Promise<void> {
    await ensureIndexes(this.programmes, PROGRAMME_INDEXES);
    await this.log.init();
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
    // $ne also keeps documents without a status: programmes from before cancellation existed.
    if (!query.includeCancelled) filter.status = { $ne: 'CANCELLED' };
    return this.programmes.find(filter).sort({ startDate: 1, _id: 1 }).limit(query.first).toArray();
  }

  /** One programme, cancelled or not. */
  findById(id: string): Promise<ProgrammeDoc | null> {
    return this.programmes.findOne({ _id: id });
  }

  /**
   * Stores a new programme at version 1, its creation claimed and recorded first: a programme id
   * taken already fails the claim (CONFLICT), and a programme is never stored without its record.
   */
  async create(doc: Omit<ProgrammeDoc, 'version'>, record: ChangeRecord): Promise<ProgrammeDoc> {
    const stored: ProgrammeDoc = { ...doc, version: 1 };
    const { _id, ...set } = stored;
    const claimed = await this.log.claim({
      ...record,
      _id: changeId(_id, 1),
      programmeId: _id,
      version: 1,
      edit: { set, unset: [] },
    });
    if (!claimed)
      throw appError(ErrorCode.CONFLICT, `A programme with id "${_id}" exists already.`);
    await this.programmes.insertOne(stored);
    return stored;
  }

  /**
   * Applies a change to the current document so that no concurrent change is lost. The writer
   * first claims the version its change produces (ChangeLog.claim); only the holder of a version
   * moves the programme to it, so there is never a second writer to overwrite. A writer that finds
   * the version taken plans its change again on the newer document. With `expectedVersion` (the
   * version the caller's edit is based on) a newer document is a CONFLICT instead. `plan` throws
   * the coded error when the change is not possible on the current document, and returns null
   * when it would change nothing (nothing is written or recorded then).
   */
  async change(
    id: string,
    plan: (current: ProgrammeDoc) => PlannedChange | null,
    expectedVersion?: number,
  ): Promise<ProgrammeDoc> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const current = await this.findById(id);
      if (!current) throw notFound(id);
      const version = current.version ?? 0;
      if (expectedVersion !== undefined && expectedVersion !== version)
        throw appError(
          ErrorCode.CONFLICT,
          `Programme ${id} is at version ${version}, not ${expectedVersion}: someone changed it since you read it. Read it again and reapply your change.`,
          { field: 'expectedVersion', version },
        );
      const planned = plan(current);
      if (planned === null) return current;
      const { record, ...edit } = planned;
      const change = {
        ...record,
        _id: changeId(id, version + 1),
        programmeId: id,
        version: version + 1,
        edit,
      };
      if (await this.log.claim(change)) {
        await this.apply(current, change);
        // As it is now: a change made right after this one shows too.
        return (await this.findById(id)) ?? current;
      }
      await this.recoverOrWait(current, attempt);
    }
    throw appError(
      ErrorCode.CONFLICT,
      `Programme ${id} is being changed by others right now; try again.`,
    );
  }

  /** Moves `current` to the version `change` claimed, by the change's own edit. */
  private async apply(current: ProgrammeDoc, change: ProgrammeChangeDoc): Promise<void> {
    const { set, unset } = change.edit;
    const update: UpdateFilter<ProgrammeDoc> = { $set: { ...set, version: change.version } };
    if (unset.length > 0) update.$unset = Object.fromEntries(unset.map((k) => [k, '']));
    await this.programmes.updateOne(atVersion(current._id, change.version - 1), update);
  }

  /** Another writer holds the next version: let it finish, or finish its change when it died. */
  private async recoverOrWait(current: ProgrammeDoc, attempt: number): Promise<void> {
    const held = await this.log.find(current._id, (current.version ?? 0) + 1);
    if (held && Date.now() - held.at.getTime() > ABANDONED_AFTER_MS) {
      await this.apply(current, held);
      return;
    }
    // Random, growing pauses, so that writers who collided do not collide again.
    await sleep(Math.random() * 5 * (attempt + 1));
  }

  /** The change histories of programmes, oldest first, in the order of `ids`. */
  historiesOf(ids: readonly string[]): Promise<ProgrammeChangeDoc[][]> {
    return this.log.historiesOf(ids);
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

function allDuplicates(error: MongoBulkWriteError): boolean {
  const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  return errors.every(isDuplicateKey);
}
