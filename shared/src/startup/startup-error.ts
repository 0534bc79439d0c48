/**
 * A problem that stops a service from starting although its configuration parsed: a database it
 * cannot reach, a port it cannot listen on. The message is for an operator: one plain sentence
 * naming the variable to look at, never a stack trace or a secret (docs/ARCHITECTURE.md §11.4).
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
