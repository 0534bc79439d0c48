import { createProgressBar } from '../progress';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (c: string) => chunks.push(c) } };
}

describe('createProgressBar', () => {
  it('writes a line at each 10% when the stream is not a terminal', () => {
    const { chunks, stream } = sink(false);
    const bar = createProgressBar({ label: 'importing MY', total: 10_000, stream });
    for (let done = 0; done <= 10_000; done += 50) bar.update(done);
    bar.finish();
    expect(chunks).toHaveLength(10);
    expect(chunks[3]).toBe('importing MY [############..................] 4000/10000 40%\n');
    expect(chunks[9]).toBe('importing MY [##############################] 10000/10000 100%\n');
  });

  it('ends with the final state when the last update fell short of a step', () => {
    const { chunks, stream } = sink(false);
    const bar = createProgressBar({ label: 'x', total: 3, stream });
    bar.update(1);
    bar.finish();
    expect(chunks).toEqual(['x [##########....................] 1/3 33%\n']);
  });

  it('redraws in place on a terminal, at most once per interval, and ends the line', () => {
    const { chunks, stream } = sink(true);
    let now = 0;
    const bar = createProgressBar({
      label: 'importing MY',
      total: 10_000,
      stream,
      intervalMs: 100,
      clock: () => now,
    });
    bar.update(4500);
    now = 50;
    bar.update(4600);
    now = 150;
    bar.update(4700);
    bar.finish();
    bar.finish();
    expect(chunks).toEqual([
      '\rimporting MY [##############................] 4500/10000 45%',
      '\rimporting MY [##############................] 4700/10000 47%',
      '\rimporting MY [##############................] 4700/10000 47%\n',
    ]);
  });
});
