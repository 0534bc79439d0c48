import { spawn, type ChildProcess } from 'node:child_process';
import { onProcessExit } from './process-exit';

/**
 * A database server running as a child process. It is killed by its PID (never by name, which
 * could hit other people's servers), on stop() or, failing that, when this process exits.
 */
export class ServerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Resolves with how the child ended (exit code or signal) once it has exited. */
  readonly exited: Promise<string>;
  private exitDescription: string | undefined;
  private output = '';
  private readonly unregister: () => void;

  constructor(
    command: string,
    args: string[],
    options: { env?: NodeJS.ProcessEnv; cwd?: string; keepStdin?: boolean },
  ) {
    this.child = spawn(command, args, {
      env: options.env,
      cwd: options.cwd,
      stdio: [options.keepStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    });
    this.pid = this.child.pid ?? -1;
    // Always drain the pipes: a child blocked on a full pipe would hang. Keep a tail for errors.
    const keep = (chunk: string) => {
      this.output = (this.output + chunk).slice(-8192);
    };
    this.child.stdout?.setEncoding('utf8').on('data', keep);
    this.child.stderr?.setEncoding('utf8').on('data', keep);
    // 'exit' marks the PID as gone (so it is never signalled again); `exited` waits for 'close'
    // as well, so that outputTail() then holds everything the server printed.
    this.child.once(
      'exit',
      (code, signal) => (this.exitDescription = signal ? `signal ${signal}` : `code ${code}`),
    );
    this.exited = new Promise((resolve) => {
      this.child.once('close', () => resolve(this.exitDescription ?? 'closed'));
      // e.g. ENOENT: spawn reports a missing executable asynchronously, and 'close' may not follow.
      this.child.once('error', (error) =>
        resolve((this.exitDescription = `failed to start: ${error.message}`)),
      );
    });
    const pid = this.pid;
    this.unregister = onProcessExit(() => {
      if (this.exitDescription === undefined && pid > 0) process.kill(pid, 'SIGKILL');
    });
  }

  get hasExited(): boolean {
    return this.exitDescription !== undefined;
  }

  /** The last lines the server printed (stdout and stderr interleaved). */
  outputTail(lines = 20): string {
    return this.output.trimEnd().split('\n').slice(-lines).join('\n');
  }

  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; resolves once it has exited. */
  async stop(graceMs = 5_000): Promise<void> {
    this.child.stdin?.end();
    if (!this.hasExited && this.pid > 0) {
      process.kill(this.pid, 'SIGTERM');
      const timer = setTimeout(() => {
        if (!this.hasExited) process.kill(this.pid, 'SIGKILL');
      }, graceMs);
      await this.exited;
      clearTimeout(timer);
    }
    this.unregister();
  }
}
