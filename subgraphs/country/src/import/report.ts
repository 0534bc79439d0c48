import { ImportSummary } from './run-import';

/** One line per problem, `line 12: position.band: must be one of ...`, in line order. */
export function rejectionLines(summary: ImportSummary): string[] {
  return summary.rejections.flatMap((r) => r.problems.map((p) => `line ${r.line}: ${p}`));
}

/**
 * What `--sync` did or would do: every removal by ref and id, the records it keeps because they
 * have no ref, and why it removed nothing when it refused.
 */
export function syncLines(summary: ImportSummary, dryRun: boolean): string[] {
  const { sync } = summary;
  if (!sync) return [];
  const verb = dryRun ? 'would remove' : 'removed';
  return [
    ...sync.removed.map((r) => `${verb} ${r.ref} (${r.id}): its ref is not in the file`),
    ...(sync.withoutRef > 0
      ? [
          `kept ${sync.withoutRef} record${sync.withoutRef === 1 ? '' : 's'} without a ref: --sync never removes a record no file can name`,
        ]
      : []),
    ...(sync.refused
      ? [
          `${dryRun ? 'a real run would be refused' : 'refused, nothing was written'}: ${sync.refused}`,
        ]
      : []),
  ];
}

export function summaryTable(summary: ImportSummary, heading: string, dryRun: boolean): string {
  const rows: [string, number][] = [
    ['inserted', summary.inserted],
    ['updated', summary.updated],
    ['unchanged', summary.unchanged],
    ['rejected', summary.rejected],
  ];
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  // Removals are stored records, not rows of the file: listed after the total.
  const after: [string, number][] = summary.sync
    ? [[dryRun ? 'would remove' : 'removed', summary.sync.removed.length]]
    : [];
  const all = [...rows, ...after];
  const width = Math.max(...all.map(([, n]) => String(n).length), String(total).length);
  const label = Math.max(...all.map(([name]) => name.length), 'total rows'.length);
  const line = ([name, n]: [string, number]) =>
    `  ${name.padEnd(label)}  ${String(n).padStart(width)}`;
  return [
    heading,
    ...rows.map(line),
    line(['total rows', total]),
    ...after.map(line),
    ...(dryRun ? ['  (dry run: the counts say what an import would do; nothing was written)'] : []),
  ].join('\n');
}
