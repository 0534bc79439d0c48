import { MongoServerError } from 'mongodb';
import { ExpertRecord, errorCodeOf } from '@expertpool/shared';
import { validateRecord } from '../records/validate';
import { ExpertDoc } from '../store/document';
import { ExpertStore, UpsertOutcome } from '../store/expert-store';
import { planUpsert } from './plan';
import { ImportRow } from './rows';
import { Removal, SyncOptions, SyncPlan, applySync, planSync } from './sync';

export interface Rejection {
  line: number;
  problems: string[];
}

export interface ImportSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** In line order. */
  rejections: Rejection[];
  /** With `sync`: the records whose ref is not in the file, and what became of them. */
  sync?: SyncReport;
}

export interface SyncReport extends Omit<SyncPlan, 'removals'> {
  /** Removed (on a dry run: that a real run would remove), sorted by ref. */
  removed: Removal[];
}

export interface ImportProgress {
  /** Rows whose outcome is known (rejected rows count as soon as validation ends). */
  done: number;
  total: number;
}

export interface ImportOptions {
  store: ExpertStore;
  rows: AsyncIterable<ImportRow> | Iterable<ImportRow>;
  /** Work out every outcome without writing anything. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Rows per database round trip for looking up existing records. */
  batchSize?: number;
  /** The `updatedAt` given to every record this import changes. */
  now?: Date;
  /** Also remove this country's records whose ref is not in the file (sync.ts). */
  sync?: SyncOptions;
}

interface ValidRow {
  line: number;
  record: ExpertRecord;
}

/** Writes in flight per batch: enough to hide round trips, few enough to be gentle on the server. */
const CONCURRENCY = 8;

/**
 * Imports rows into one country's store. Every row is validated before anything is written, so
 * a file's problems are all reported in one pass; valid rows are then upserted by the agency's
 * reference in batches (one lookup query per batch), which makes re-running a file a no-op. A
 * row the database refuses (an `id` that belongs to another ref) is rejected alone.
 *
 * With `sync`, the records whose ref the file does not hold are found before anything is
 * written; a sync the plan refuses (too large a share without `force`, or rows whose ref cannot
 * be read) writes nothing at all, and the summary says why. Otherwise they are removed after the
 * rows are written. A rejected row's ref still counts as in the file: a record is never removed
 * because its new row has a mistake.
 */
export async function importRecords(options: ImportOptions): Promise<ImportSummary> {
  const { store, dryRun = false, onProgress, batchSize = 500, now = new Date() } = options;
  const { valid, rejections, total, fileRefs, unreadableLines } = await validateRows(
    options.rows,
    store.country,
  );
  const summary: ImportSummary = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, rejections };
  const plan = options.sync
    ? await planSync(store, fileRefs, unreadableLines, options.sync)
    : undefined;
  if (plan) {
    const { removals, ...rest } = plan;
    summary.sync = { ...rest, removed: plan.refused && !dryRun ? [] : removals };
    if (plan.refused && !dryRun) {
      summary.rejected = rejections.length;
      return summary;
    }
  }
  let done = rejections.length;
  onProgress?.({ done, total });

  for (let start = 0; start < valid.length; start += batchSize) {
    const batch = valid.slice(start, start + batchSize);
    const existing = new Map(
      (await store.findByRefs(batch.map((r) => r.record.ref))).map(
        (doc) => [doc.ref, doc] as const,
      ),
    );
    const takenIds = dryRun ? await idsInUse(store, batch, existing) : new Set<string>();
    await forEachLimit(batch, CONCURRENCY, async ({ line, record }) => {
      const current = existing.get(record.ref) ?? null;
      const result = dryRun
        ? planUpsert(store.country, record, current, takenIds)
        : await write(store, record, current, now);
      if (typeof result === 'string') summary[result]++;
      else rejections.push({ line, problems: [result.problem] });
      onProgress?.({ done: ++done, total });
    });
  }
  rejections.sort((a, b) => a.line - b.line);
  summary.rejected = rejections.length;
  if (plan && summary.sync && !dryRun) summary.sync.removed = await applySync(store, plan);
  return summary;
}

/** The ref a row names, even when the row is rejected; undefined when it cannot be read. */
function refOf(raw: unknown): string | undefined {
  const ref = raw && typeof raw === 'object' ? (raw as { ref?: unknown }).ref : undefined;
  return typeof ref === 'string' && ref.trim() !== '' ? ref.trim() : undefined;
}

async function validateRows(rows: ImportOptions['rows'], country: string) {
  const valid: ValidRow[] = [];
  const rejections: Rejection[] = [];
  const lineOfRef = new Map<string, number>();
  const lineOfId = new Map<string, number>();
  const fileRefs = new Set<string>();
  const unreadableLines: number[] = [];
  let total = 0;
  for await (const row of rows) {
    total++;
    const ref = refOf(row.raw);
    if (ref === undefined) unreadableLines.push(row.line);
    else fileRefs.add(ref);
    if (row.problems && row.problems.length > 0) {
      rejections.push({ line: row.line, problems: row.problems });
      continue;
    }
    const checked = validateRecord(row.raw, country);
    if (!checked.ok) {
      rejections.push({ line: row.line, problems: checked.problems });
      continue;
    }
    const { record } = checked;
    const problems: string[] = [];
    const refLine = lineOfRef.get(record.ref);
    if (refLine !== undefined)
      problems.push(
        `ref: "${record.ref}" is already used on line ${refLine}; only that row is imported`,
      );
    const idLine = record.id === undefined ? undefined : lineOfId.get(record.id);
    if (idLine !== undefined)
      problems.push(`id: "${record.id}" is already used on line ${idLine} for another ref`);
    if (problems.length > 0) {
      rejections.push({ line: row.line, problems });
      continue;
    }
    lineOfRef.set(record.ref, row.line);
    if (record.id !== undefined) lineOfId.set(record.id, row.line);
    valid.push({ line: row.line, record });
  }
  return { valid, rejections, total, fileRefs, unreadableLines };
}

type RowResult = UpsertOutcome | { problem: string };

async function write(
  store: ExpertStore,
  record: ExpertRecord,
  current: ExpertDoc | null,
  now: Date,
): Promise<RowResult> {
  try {
    return (await store.upsert(record, current, now)).outcome;
  } catch (error) {
    // Errors about this row (an application code, or the server refusing the document) reject
    // the row; anything else (the connection is gone) stops the import.
    if (errorCodeOf(error) !== undefined) return { problem: `record: ${(error as Error).message}` };
    if (error instanceof MongoServerError)
      return {
        problem: `record: the database refused this row (error code ${String(error.code)})`,
      };
    throw error;
  }
}

/** Opaque ids that rows about to be inserted ask for but another record already holds. */
async function idsInUse(
  store: ExpertStore,
  batch: ValidRow[],
  existing: Map<string, ExpertDoc>,
): Promise<Set<string>> {
  const wanted = batch
    .filter((r) => r.record.id !== undefined && !existing.has(r.record.ref))
    .map((r) => store.opaqueOf(r.record.id!));
  return store.takenIds(wanted);
}

async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
