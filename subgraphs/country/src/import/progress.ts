/** Where progress goes: a terminal gets a bar redrawn in place, anything else a line per 10%. */
export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressBar {
  update(done: number): void;
  /** Draws the final state and ends the line. */
  finish(): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  stream: ProgressStream;
  /** Least time between redraws on a terminal. */
  intervalMs?: number;
  clock?: () => number;
}

const BAR_WIDTH = 30;

export function createProgressBar(options: ProgressOptions): ProgressBar {
  const { label, total, stream, intervalMs = 100, clock = Date.now } = options;
  const tty = stream.isTTY === true;
  let done = 0;
  let lastDraw = -Infinity;
  let nextStep = 1;
  let printed = -1;
  let finished = false;

  const line = () => {
    const ratio = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(ratio * BAR_WIDTH);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${Math.floor(ratio * 100)}%`;
  };

  return {
    update(value) {
      if (finished) return;
      done = value;
      if (tty) {
        const t = clock();
        if (t - lastDraw < intervalMs) return;
        lastDraw = t;
        stream.write(`\r${line()}`);
        return;
      }
      const step = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (step >= nextStep) {
        nextStep = step + 1;
        printed = done;
        stream.write(`${line()}\n`);
      }
    },
    finish() {
      if (finished) return;
      finished = true;
      if (tty) stream.write(`\r${line()}\n`);
      else if (printed !== done) stream.write(`${line()}\n`);
    },
  };
}
