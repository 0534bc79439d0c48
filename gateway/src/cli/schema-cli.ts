import { UsageError, countryArg, parseCommandLine, runCli } from '@expertpool/shared';
import { RegistryError, readRegistry } from '../registry/registry-file';
import { composeRegion } from '../supergraph/compose';
import { judgeExpertsSchema } from '../supergraph/experts-schema';
import { firstDifference } from '../supergraph/sdl';
import { UnreachableError, fetchNormalised, fetchRegionSchemas } from './region-schemas';

const USAGE = `Usage: npm run schema -- check --url URL [--registry FILE]
       npm run schema -- supergraph [--registry FILE] [--country CC] > supergraph.graphql

check       Fetches the subgraph at URL (its _service { sdl }) and says whether the gateway would
            accept it into the region the registry describes: it composes with the region
            subgraph, declares how its root fields are routed, and serves the same experts
            schema as the region's countries. Run it before deploying a country.
supergraph  Writes the supergraph SDL that the gateway's plain mode serves (SUPERGRAPH=FILE):
            the region subgraph and ONE country instance as the experts subgraph.

  --url URL        the subgraph to check, e.g. https://expertpool.jpa.gov.my/graphql
  --registry FILE  the region's country registry (default: $REGISTRY), as the gateway reads it
  --country CC     supergraph: the country whose instance serves experts (default: the
                   registry's only country)
  --help           this text

Exit status: 0 it composes (check) or the supergraph was written; 1 it does not, and why;
2 a usage error, or a service that did not answer, so nothing could be checked.`;

const OPTIONS = { url: 'value', registry: 'value', country: 'value', help: 'flag' } as const;

type Say = (line: string) => void;

async function registryFrom(path: string | undefined) {
  const file = path ?? process.env.REGISTRY;
  if (!file) throw new UsageError('--registry FILE is required (or set REGISTRY)');
  return { file, registry: await readRegistry(file) };
}

/** check: exit 0 when the gateway would accept the subgraph, 1 with every reason when not. */
async function check(url: string | undefined, registryPath: string | undefined, say: Say) {
  if (!url) throw new UsageError('check needs --url URL, the subgraph to check');
  if (!/^https?:\/\//.test(url))
    throw new UsageError(`--url must be an http(s) URL (got "${url}")`);
  const { file, registry } = await registryFrom(registryPath);
  const candidate = await fetchNormalised(url, 10_000);
  if ('error' in candidate)
    throw new UnreachableError(`${url} did not answer with its schema: ${candidate.error}`);
  const region = await fetchRegionSchemas(registry, url);
  const answered = [...region.countries].filter(([, f]) => 'sdl' in f).map(([code]) => code);
  const silent = [...region.countries].filter(([, f]) => 'error' in f).map(([code]) => code);
  say(
    `checking ${url} against the region in ${file}: the region subgraph and ${answered.length} of ${region.countries.size} countries answered${silent.length ? ` (not ${silent.join(', ')})` : ''}`,
  );
  const verdict = judgeExpertsSchema(region.regionUrl, region.regionSdl, candidate.sdl);
  const reasons: string[] = [];
  if (verdict.compositionError !== undefined) {
    reasons.push(`it does not compose with the region subgraph: ${verdict.compositionError}`);
  } else {
    say('  ok: composes with the region subgraph');
    if (!verdict.routed)
      reasons.push(
        'its root fields declare no routing (@fanout, @routeBy): it is not an experts subgraph of this release',
      );
    for (const problem of verdict.contractProblems)
      reasons.push(`its results cannot be merged: ${problem}`);
  }
  if (region.expertsSdl === undefined) {
    say('  note: no other country answered with a usable schema; nothing to compare with');
  } else if (candidate.sdl !== region.expertsSdl) {
    reasons.push(
      `its schema differs from the experts schema the region's countries serve (${firstDifference(region.expertsSdl, candidate.sdl)}); run the same release as the region`,
    );
  } else {
    say("  ok: the same experts schema as the region's countries");
  }
  for (const reason of reasons) say(`  FAILS: ${reason}`);
  if (reasons.length > 0) {
    say('REFUSED: the gateway would refuse this subgraph.');
    return 1;
  }
  say('OK: the gateway would accept this subgraph.');
  return 0;
}

/** supergraph: the region subgraph and one country instance composed, on stdout. */
async function supergraph(
  registryPath: string | undefined,
  countryRaw: string | undefined,
  say: Say,
) {
  const { registry } = await registryFrom(registryPath);
  const codes = [...registry.countries.keys()];
  let code: string;
  if (countryRaw !== undefined) {
    code = countryArg(countryRaw);
    if (!registry.countries.has(code))
      throw new UsageError(
        `--country ${code} is not in the registry (it has ${codes.join(', ') || 'no country'})`,
      );
  } else if (codes.length === 1) {
    code = codes[0];
  } else {
    throw new UsageError(
      `--country CC is required: plain mode routes experts to ONE instance, and the registry has ${codes.join(', ') || 'no country'}`,
    );
  }
  const entry = registry.countries.get(code)!;
  const region = await fetchRegionSchemas({ ...registry, countries: new Map([[code, entry]]) });
  const fetched = region.countries.get(code)!;
  if ('error' in fetched)
    throw new UnreachableError(
      `${code} at ${entry.url} did not answer with its schema: ${fetched.error}`,
    );
  try {
    process.stdout.write(
      `${composeRegion(region.regionUrl, region.regionSdl, fetched.sdl, entry.url)}\n`,
    );
  } catch (error) {
    say(
      `${code} at ${entry.url} does not compose with the region subgraph: ${(error as Error).message}`,
    );
    return 1;
  }
  return 0;
}

/** `npm run schema`: a member state's checks before it deploys (docs/ARCHITECTURE.md §11.7). */
export async function main(
  argv: readonly string[],
  say: Say = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const complain = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const { values, positionals } = parseCommandLine(argv, OPTIONS, {
      allowPositionals: true,
    });
    if (values.help) {
      say(USAGE);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    if (command === 'check') {
      if (values.country) throw new UsageError('--country is for supergraph, not check');
      return await check(values.url, values.registry, say);
    }
    if (command === 'supergraph') {
      if (values.url) throw new UsageError('--url is for check, not supergraph');
      return await supergraph(values.registry, values.country, complain);
    }
    throw new UsageError(
      command === undefined
        ? 'name a command: check or supergraph'
        : `unknown command "${command}"; one of check, supergraph`,
    );
  } catch (error) {
    if (error instanceof UsageError) {
      complain(`schema: ${error.message}\nRun with --help for usage.`);
      return 2;
    }
    if (error instanceof UnreachableError || error instanceof RegistryError) {
      complain(`schema: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) runCli('schema', () => main(process.argv.slice(2)));
