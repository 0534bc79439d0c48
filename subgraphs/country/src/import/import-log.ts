import { Db } from 'mongodb';
import { ImportSummary } from './run-import';
import { ImportFormat } from './rows';
import { Removal } from './sync';

export interface ImportLogEntry {
  country: string;
  /** The file's name without its directory: where it sat on an official's machine is not kept. */
  file: string;
  format: ImportFormat;
  startedAt: Date;
  finishedAt: Date;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Lines of the rejected rows (the first 1000), to match a later question with the file. */
  rejectedLines: number[];
  /**
   * With `--sync`: every record it removed, by ref and id (the audit trail of removals: who
   * asked is the operator of the CLI, inside the country), and whether it refused.
   */
  sync?: { removed: Removal[]; withoutRef: number; refused?: string };
}

/** Appends one entry per (non-dry) import run to the country's `imports` collection. */
export async function logImport(
  db: Db,
  entry: Omit<
    ImportLogEntry,
    'inserted' | 'updated' | 'unchanged' | 'rejected' | 'rejectedLines' | 'sync'
  >,
  summary: ImportSummary,
): Promise<void> {
  const { inserted, updated, unchanged, rejected, rejections, sync } = summary;
  const doc: ImportLogEntry = {
    ...entry,
    inserted,
    updated,
    unchanged,
    rejected,
    rejectedLines: rejections.slice(0, 1000).map((r) => r.line),
  };
  if (sync)
    doc.sync = {
      removed: sync.removed,
      withoutRef: sync.withoutRef,
      ...(sync.refused ? { refused: sync.refused } : {}),
    };
  await db.collection<ImportLogEntry>('imports').insertOne(doc);
}
