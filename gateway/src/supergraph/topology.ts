import { SupergraphManager, SupergraphSdlHook } from '@apollo/gateway';
import { buildASTSchema, parse } from 'graphql';
import { Logger } from '@expertpool/shared';
import { CountryEntry, Registry, readRegistry } from '../registry/registry-file';
import { watchFileChanges } from '../registry/watch';
import { RoutingView } from '../routing/data-source';
import { readFieldKinds } from '../routing/field-kinds';
import { composeRegion } from './compose';
import { isRoutable, judgeExpertsSchema } from './experts-schema';
import { fetchSdl, firstDifference, mostCommon, normaliseSdl } from './sdl';

export type SchemaState = 'accepted' | 'refused' | 'unverified';

export interface CountryStatus {
  entry: CountryEntry;
  state: SchemaState;
  reason?: string;
}

const RETRY_MS = 1000;
const RECHECK_MS = 5000;

/**
 * The region as the registry file describes it: which countries are routed to, whether each
 * one's schema matches the composed `experts` schema, and the supergraph. Registry changes take
 * effect without a restart; countries that were unreachable are re-checked in the background.
 */
export class RegionTopology implements SupergraphManager {
  private countries = new Map<string, CountryStatus>();
  private regionUrl = '';
  private regionSdl = '';
  private expertsSdl: string | undefined;
  private view: RoutingView | undefined;
  private stopped = false;

  constructor(
    private readonly registryPath: string,
    /** Every change of a country's state is one line with an `event` (docs/ARCHITECTURE.md §11.1). */
    private readonly log: Logger,
  ) {}

  routingView = (): RoutingView => {
    if (!this.view) throw new Error('the region is not loaded yet');
    return this.view;
  };

  status(): CountryStatus[] {
    return [...this.countries.values()].sort((a, b) => (a.entry.code < b.entry.code ? -1 : 1));
  }

  async initialize({ update }: Parameters<SupergraphSdlHook>[0]) {
    let registry = await readRegistry(this.registryPath);
    let supergraph: string | undefined;
    for (let attempt = 0; !supergraph && !this.stopped; attempt++) {
      try {
        await this.apply(registry);
        supergraph = this.compose();
      } catch (error) {
        if (attempt % 10 === 0)
          this.log.warn(
            { event: 'region_waiting' },
            `waiting for the region to come up: ${(error as Error).message}`,
          );
        await new Promise((r) => setTimeout(r, RETRY_MS));
        registry = await readRegistry(this.registryPath).catch(() => registry);
      }
    }
    const reload = async () => {
      try {
        const before = this.compose();
        await this.apply(await readRegistry(this.registryPath));
        const after = this.compose();
        if (after !== before) update(after);
        this.log.info(
          {
            event: 'registry_reloaded',
            countries: this.countries.size,
            registry: this.registryPath,
          },
          `registry reloaded: ${this.countries.size} countries`,
        );
      } catch (error) {
        this.log.warn(
          { event: 'registry_reload_refused', registry: this.registryPath },
          `registry change ignored, keeping the current region: ${(error as Error).message}`,
        );
      }
    };
    const unwatch = watchFileChanges(this.registryPath, () => void reload());
    const recheck = setInterval(() => void this.recheckUnverified(), RECHECK_MS);
    recheck.unref();
    return {
      supergraphSdl: supergraph ?? '',
      cleanup: async () => {
        this.stopped = true;
        unwatch();
        clearInterval(recheck);
      },
    };
  }

  private compose(): string {
    if (!this.expertsSdl) throw new Error('no member state answered with its schema yet');
    return composeRegion(this.regionUrl, this.regionSdl, this.expertsSdl);
  }

  /** Brings the topology in line with a registry: checks new and moved countries, drops removed ones. */
  private async apply(registry: Registry): Promise<void> {
    if (registry.region.url !== this.regionUrl || !this.regionSdl) {
      this.regionSdl = await fetchSdl(registry.region.url, 5000);
      this.regionUrl = registry.region.url;
    }
    const next = new Map<string, CountryStatus>();
    const toCheck: CountryEntry[] = [];
    for (const entry of registry.countries.values()) {
      const current = this.countries.get(entry.code);
      if (current && current.entry.url === entry.url && current.state !== 'unverified')
        next.set(entry.code, { ...current, entry });
      else toCheck.push(entry);
    }
    for (const code of this.countries.keys())
      if (!registry.countries.has(code))
        this.log.info(
          { event: 'country_removed', country: code },
          `country ${code} removed from the region`,
        );
    const sdls = await Promise.all(
      toCheck.map((e) => fetchSdl(e.url, e.timeoutMs).then(normaliseSdl, (err: Error) => err)),
    );
    if (!this.expertsSdl)
      this.expertsSdl = mostCommon(
        sdls.filter((s): s is string => typeof s === 'string' && this.routable(s)),
      );
    toCheck.forEach((entry, i) => next.set(entry.code, this.judge(entry, sdls[i])));
    this.countries = next;
    this.rebuildView();
  }

  /**
   * Whether an SDL can be the region's experts schema: it composes with the region subgraph,
   * declares how its root fields are routed, and its fan-out fields have what their merges need.
   * A stray service registered first cannot take over.
   */
  private routable(sdl: string): boolean {
    let verdict;
    try {
      verdict = judgeExpertsSchema(this.regionUrl, this.regionSdl, sdl);
    } catch {
      return false;
    }
    if (verdict.contractProblems.length > 0)
      this.log.warn(
        { event: 'schema_unmergeable' },
        `a country's experts schema cannot be merged: ${verdict.contractProblems.join('; ')}`,
      );
    return isRoutable(verdict);
  }

  private judge(entry: CountryEntry, sdl: string | Error): CountryStatus {
    if (sdl instanceof Error) {
      this.log.warn(
        { event: 'schema_unverified', country: entry.code, url: entry.url },
        `country ${entry.code} at ${entry.url} is unreachable (${sdl.message}); its schema will be checked when it answers`,
      );
      return { entry, state: 'unverified', reason: sdl.message };
    }
    if (sdl !== this.expertsSdl) {
      const reason = `schema differs from the composed experts schema (${firstDifference(this.expertsSdl ?? '', sdl)})`;
      this.log.warn(
        { event: 'schema_refused', country: entry.code, url: entry.url },
        `country ${entry.code} at ${entry.url} REFUSED: ${reason}`,
      );
      return { entry, state: 'refused', reason };
    }
    this.log.info(
      { event: 'schema_accepted', country: entry.code, url: entry.url },
      `country ${entry.code} accepted at ${entry.url}`,
    );
    return { entry, state: 'accepted' };
  }

  private async recheckUnverified(): Promise<void> {
    const pending = [...this.countries.values()].filter((c) => c.state === 'unverified');
    if (pending.length === 0 || !this.expertsSdl) return;
    const sdls = await Promise.all(
      pending.map((c) =>
        fetchSdl(c.entry.url, c.entry.timeoutMs).then(normaliseSdl, (err: Error) => err),
      ),
    );
    pending.forEach((c, i) => {
      if (!(sdls[i] instanceof Error) && this.countries.get(c.entry.code) === c)
        this.countries.set(c.entry.code, this.judge(c.entry, sdls[i]));
    });
    this.rebuildView();
  }

  private rebuildView(): void {
    if (!this.expertsSdl) return;
    const sdl = parse(this.expertsSdl);
    const schema =
      this.view && this.view.sdl === this.expertsSdl
        ? this.view.schema
        : buildASTSchema(sdl, { assumeValidSDL: true });
    const accepted = new Map(
      [...this.countries.values()]
        .filter((c) => c.state === 'accepted')
        .map((c) => [c.entry.code, c.entry]),
    );
    const excluded = new Map(
      [...this.countries.values()]
        .filter((c) => c.state !== 'accepted')
        .map((c) => [
          c.entry.code,
          c.state === 'refused'
            ? `${c.entry.code} is refused by the gateway: ${c.reason}`
            : `${c.entry.code} has not answered since it was registered.`,
        ]),
    );
    this.view = {
      sdl: this.expertsSdl,
      schema,
      kinds: this.view?.sdl === this.expertsSdl ? this.view.kinds : readFieldKinds(sdl),
      countries: accepted,
      excluded,
    };
  }
}
