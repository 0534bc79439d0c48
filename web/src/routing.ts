import { useEffect, useState } from 'react';
import { parseProgrammeRoute, type ProgrammeRoute } from './programmes/routes';

/** The app's pages. Hash routes: any static server serves them, with no rewrite rules. */
export type Route =
  | { page: 'search' }
  | { page: 'expert'; id: string }
  | { page: 'steward' }
  | { page: 'overview' }
  | { page: 'me' }
  | ProgrammeRoute;

export function parseRoute(hash: string): Route {
  if (hash === STEWARD_HREF) return { page: 'steward' };
  if (hash === OVERVIEW_HREF) return { page: 'overview' };
  if (hash === MY_RECORD_HREF) return { page: 'me' };
  const expert = /^#\/experts\/(.+)$/.exec(hash);
  if (expert) return { page: 'expert', id: decodeURIComponent(expert[1]) };
  const programme = parseProgrammeRoute(hash);
  if (programme) return programme;
  return { page: 'search' };
}

export const expertHref = (id: string) => `#/experts/${encodeURIComponent(id)}`;
export const SEARCH_HREF = '#/';
export const STEWARD_HREF = '#/steward';
export const OVERVIEW_HREF = '#/overview';
export const MY_RECORD_HREF = '#/me';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
