import { ImportSummary } from './run-import';

/** One line per problem, `line 12: position.band: must be one of ...`, in line order. */
export function rejectionLines(summary: ImportSummary): string[] {
  return summary.rejections.flatMap((r) => r.problems.map((p) => `line ${r.line}: ${p}`));
}

export function summaryTable(summary: ImportSummary, heading: string, dryRun: boolean): string {
  const rows: [string, number][] = [
    ['inserted', summary.inserted],
    ['updated', summary.updated],
    ['unchanged', summary.unchanged],
    ['rejected', summary.rejected],
  ];
  const total = rows.reduce((sum, [, n]) => sum + n, 0);
  const width = Math.max(...rows.map(([, n]) => String(n).length), String(total).length);
  const label = Math.max(...rows.map(([name]) => name.length), 'total rows'.length);
  return [
    heading,
    ...rows.map(([name, n]) => `  ${name.padEnd(label)}  ${String(n).padStart(width)}`),
    `  ${'total rows'.padEnd(label)}  ${String(total).padStart(width)}`,
    ...(dryRun ? ['  (dry run: the counts say what an import would do; nothing was written)'] : []),
  ].join('\n');
}
