import { GraphQLFormattedError } from 'graphql';
import { ErrorCode, countryOfId } from '@expertpool/shared';
import { CountryAnswer, SubRequest } from './country-client';
import { unavailableError } from './coverage';
import { FieldKinds, entityRouteOf } from './field-kinds';

type Send = (country: string, request: SubRequest) => Promise<CountryAnswer>;

/** Where one representation goes: its owner, or why it goes nowhere. */
function ownerOf(
  rep: Record<string, unknown> | undefined,
  kinds: FieldKinds,
): { country: string } | { error: Omit<GraphQLFormattedError, 'path'> } {
  const typeName = String(rep?.__typename);
  const arg = entityRouteOf(kinds, typeName);
  if (!arg)
    return {
      error: {
        message: `The experts subgraph declares no routing (@routeBy) for entity type ${typeName}.`,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      },
    };
  const country = countryOfId(rep?.[arg]);
  if (!country)
    return {
      error: {
        message: `Malformed expert id ${JSON.stringify(rep?.[arg])} in ${typeName}.${arg}.`,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      },
    };
  return { country };
}

/**
 * `_entities`: representations are split by the owner named in the expert id their type's
 * `@routeBy(arg:)` names (`Expert.id`, `ProgrammeEngagement.expertId`), each owner gets one
 * request with only its own representations (all owners in parallel), and the answers are put
 * back in the original order. A representation whose owner is down or unknown resolves to null
 * with a COUNTRY_UNAVAILABLE error; the others are unaffected.
 */
export async function resolveEntities(
  query: string,
  variables: Record<string, unknown>,
  known: (country: string) => boolean,
  send: Send,
  kinds: FieldKinds,
) {
  const representations = Array.isArray(variables.representations)
    ? (variables.representations as Record<string, unknown>[])
    : [];
  const groups = new Map<string, number[]>();
  const entities: unknown[] = representations.map(() => null);
  const errors: GraphQLFormattedError[] = [];

  representations.forEach((rep, index) => {
    const owner = ownerOf(rep, kinds);
    if ('error' in owner) {
      errors.push({ ...owner.error, path: ['_entities', index] });
    } else if (!known(owner.country)) {
      errors.push(
        unavailableError(owner.country, `${owner.country} is not in the country registry.`, [
          '_entities',
          index,
        ]),
      );
    } else {
      groups.set(owner.country, [...(groups.get(owner.country) ?? []), index]);
    }
  });

  await Promise.all(
    [...groups.entries()].map(async ([country, indices]) => {
      const answer = await send(country, {
        query,
        variables: { ...variables, representations: indices.map((i) => representations[i]) },
      });
      if (!answer.ok) {
        // Every entry of the country gets its error (as an unregistered country's do), so no
        // null in the client's answer is left unexplained.
        for (const index of indices)
          errors.push(unavailableError(country, answer.reason, ['_entities', index]));
        return;
      }
      const found = (answer.data?._entities as unknown[] | undefined) ?? [];
      indices.forEach((original, i) => (entities[original] = found[i] ?? null));
      for (const error of answer.errors) {
        const path =
          error.path && error.path[0] === '_entities' && typeof error.path[1] === 'number'
            ? ['_entities', indices[error.path[1]], ...error.path.slice(2)]
            : error.path;
        errors.push({ ...error, path, extensions: { ...error.extensions, country } });
      }
    }),
  );
  return { data: { _entities: entities }, errors };
}
