import { watch, watchFile, unwatchFile, FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

/**
 * Calls `onChange` (debounced) when the file changes. Watches the directory, because editors and
 * config-management tools replace files by renaming, which a watch on the file itself misses;
 * a slow stat poll backs it up on file systems without change events.
 */
export function watchFileChanges(path: string, onChange: () => void, debounceMs = 150): () => void {
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, debounceMs);
  };
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dirname(path), (_event, name) => {
      if (name === null || name.toString() === basename(path)) fire();
    });
  } catch {
    watcher = undefined;
  }
  watchFile(path, { interval: 1000 }, fire);
  return () => {
    clearTimeout(timer);
    watcher?.close();
    unwatchFile(path, fire);
  };
}
