import { randomInt } from 'node:crypto';
import { newOpaqueId } from '@expertpool/shared';

/**
 * The id of a new programme: its start year and title as a slug, like the seeded ids
 * (`demo-2026-succession-planning`), and a random suffix so that two programmes of the same
 * title and year never collide. The id names the programme; nothing is decided from it.
 */
export function newProgrammeId(title: string, startDate: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const suffix = newOpaqueId(() => randomInt(0, 2 ** 32) / 2 ** 32, 6);
  return [startDate.slice(0, 4), slug, suffix].filter((part) => part !== '').join('-');
}
