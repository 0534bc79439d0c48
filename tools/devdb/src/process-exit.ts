/**
 * Synchronous clean-ups to run when this Node process exits, so database servers started as
 * children do not outlive it. Only 'exit' is hooked here: a library must not change what SIGINT
 * or SIGTERM do to its host process (the CLI handles those and exits, which runs these).
 */
const cleanups = new Set<() => void>();
let hooked = false;

export function onProcessExit(cleanup: () => void): () => void {
  if (!hooked) {
    hooked = true;
    process.once('exit', () => {
      for (const fn of cleanups) {
        try {
          fn();
        } catch {
          // Best effort: the process is going away whatever happens here.
        }
      }
    });
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
