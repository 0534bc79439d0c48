import { readFile } from 'node:fs/promises';
import { isCountryCode } from '@expertpool/shared';

/**
 * The country registry: where the region subgraph and each member state's experts subgraph
 * answer. It is data (a JSON file), so a country joins, leaves or moves without a release.
 */
export interface CountryEntry {
  code: string;
  url: string;
  timeoutMs: number;
}

export interface Registry {
  region: { url: string };
  countries: Map<string, CountryEntry>;
}

export const DEFAULT_TIMEOUT_MS = 5000;

/** Every problem of a registry file at once, one per line, so an operator fixes it in one pass. */
export class RegistryError extends Error {
  override name = 'RegistryError';
  constructor(readonly problems: readonly string[]) {
    super(
      problems.length === 1 ? problems[0] : `registry problems:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

type Problems = string[];

function checkUrl(value: unknown, where: string, problems: Problems): string {
  if (typeof value !== 'string') {
    problems.push(`${where}.url must be a string`);
    return '';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${where}.url is not a URL: "${value}"`);
    return value;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    problems.push(`${where}.url must be http(s): "${value}"`);
  return value;
}

function checkTimeout(value: unknown, where: string, problems: Problems): number {
  const timeoutMs = value ?? DEFAULT_TIMEOUT_MS;
  if (
    typeof timeoutMs === 'number' &&
    Number.isInteger(timeoutMs) &&
    timeoutMs >= 50 &&
    timeoutMs <= 120_000
  )
    return timeoutMs;
  problems.push(
    `${where}.timeoutMs must be an integer from 50 to 120000 (got ${JSON.stringify(value)})`,
  );
  return DEFAULT_TIMEOUT_MS;
}

function countryEntry(code: string, value: unknown, problems: Problems): CountryEntry | undefined {
  const where = `countries.${code}`;
  if (!isCountryCode(code)) problems.push(`${where}: unknown country code`);
  if (value === null || typeof value !== 'object') {
    problems.push(`${where} must be an object with a "url"`);
    return undefined;
  }
  const entry = value as Record<string, unknown>;
  const url = checkUrl(entry.url, where, problems);
  return { code, url, timeoutMs: checkTimeout(entry.timeoutMs, where, problems) };
}

/** Validates parsed registry JSON, naming every bad entry and field (RegistryError.problems). */
export function parseRegistry(raw: unknown): Registry {
  if (raw === null || typeof raw !== 'object')
    throw new RegistryError(['the registry must be a JSON object']);
  const problems: Problems = [];
  const { region, countries } = raw as Record<string, unknown>;
  let regionUrl = '';
  if (region === null || typeof region !== 'object')
    problems.push('"region" must be an object with a "url"');
  else regionUrl = checkUrl((region as Record<string, unknown>).url, 'region', problems);
  const entries = new Map<string, CountryEntry>();
  if (countries === null || typeof countries !== 'object' || Array.isArray(countries))
    problems.push('"countries" must be an object keyed by country code');
  else
    for (const [code, value] of Object.entries(countries as Record<string, unknown>)) {
      const entry = countryEntry(code, value, problems);
      if (entry) entries.set(code, entry);
    }
  if (problems.length > 0) throw new RegistryError(problems);
  return { region: { url: regionUrl }, countries: entries };
}

export async function readRegistry(path: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RegistryError([`cannot read registry file ${path}: ${(error as Error).message}`]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RegistryError([
      `registry file ${path} is not valid JSON: ${(error as Error).message}`,
    ]);
  }
  return parseRegistry(raw);
}
