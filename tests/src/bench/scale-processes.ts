import { readFileSync, readdirSync } from 'node:fs';

/**
 * This process's children other than `services`: the database the bench provisioned (mongod or
 * an emulator) when it started one, none with MONGODB_URI. Read from `/proc/<pid>/task/<tid>/
 * children`, so the database's CPU can be counted beside the country's.
 */
export function databasePids(services: readonly number[]): number[] {
  const children = readdirSync(`/proc/${process.pid}/task`).flatMap((tid) =>
    readFileSync(`/proc/${process.pid}/task/${tid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number),
  );
  return children.filter((pid) => !services.includes(pid));
}
