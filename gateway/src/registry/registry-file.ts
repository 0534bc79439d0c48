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

export class RegistryError extends Error {
  override name = 'RegistryError';
}

function checkUrl(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new RegistryError(`${where}.url must be a string`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RegistryError(`${where}.url is not a URL: "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RegistryError(`${where}.url must be http(s): "${value}"`);
  return value;
}

/** Validates parsed registry JSON, naming the first bad entry precisely. */
export function parseRegistry(raw: unknown): Registry {
  if (raw === null || typeof raw !== 'object')
    throw new RegistryError('the registry must be a JSON object');
  const { region, countries } = raw as Record<string, unknown>;
  if (region === null || typeof region !== 'object')
    throw new RegistryError('"region" must be an object with a "url"');
  if (countries === null || typeof countries !== 'object' || Array.isArray(countries)) {
    throw new RegistryError('"countries" must be an object keyed by country code');
  }
  const entries = new Map<string, CountryEntry>();
  for (const [code, value] of Object.entries(countries as Record<string, unknown>)) {
    if (!isCountryCode(code)) throw new RegistryError(`countries.${code}: unknown country code`);
    if (value === null || typeof value !== 'object')
      throw new RegistryError(`countries.${code} must be an object with a "url"`);
    const entry = value as Record<string, unknown>;
    const timeoutMs = entry.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (
      typeof timeoutMs !== 'number' ||
      !Number.isInteger(timeoutMs) ||
      timeoutMs < 50 ||
      timeoutMs > 120_000
    ) {
      throw new RegistryError(`countries.${code}.timeoutMs must be an integer from 50 to 120000`);
    }
    entries.set(code, { code, url: checkUrl(entry.url, `countries.${code}`), timeoutMs });
  }
  return {
    region: { url: checkUrl((region as Record<string, unknown>).url, 'region') },
    countries: entries,
  };
}

export async function readRegistry(path: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RegistryError(`cannot read registry file ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RegistryError(`registry file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseRegistry(raw);
}
