import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Writes every chunk, waiting whenever the stream asks to; returns how many chunks there were. */
export async function writeAll(
  chunks: AsyncIterable<string>,
  stream: NodeJS.WritableStream,
): Promise<number> {
  let count = 0;
  for await (const chunk of chunks) {
    count++;
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  return count;
}

/**
 * Writes the chunks to the file `out`, or to standard output without one; returns how many
 * chunks there were. A file is written beside its target and renamed once complete: a failed
 * export never leaves a truncated file where a good one was.
 */
export async function writeOutput(chunks: AsyncIterable<string>, out?: string): Promise<number> {
  if (out === undefined) return writeAll(chunks, process.stdout);
  const partial = `${out}.partial-${process.pid}`;
  const file = createWriteStream(partial);
  try {
    await once(file, 'open');
    const count = await writeAll(chunks, file);
    file.end();
    await once(file, 'finish');
    await rename(partial, out);
    return count;
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
