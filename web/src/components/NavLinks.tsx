import { useSession } from '../auth/session';
import { PROGRAMMES_HREF } from '../programmes/routes';
import {
  MY_RECORD_HREF,
  OVERVIEW_HREF,
  SEARCH_HREF,
  STEWARD_HREF,
  useRoute,
  type Route,
} from '../routing';

/**
 * The app's pages; the steward console only for a steward, whose country it is about, and the
 * expert's own record only for an expert.
 */
export function NavLinks() {
  const { session } = useSession();
  const route = useRoute();
  const link = (href: string, page: Route['page'], text: string) => (
    <li>
      <a href={href} aria-current={route.page.startsWith(page) ? 'page' : undefined}>
        {text}
      </a>
    </li>
  );
  return (
    <nav aria-label="Pages" className="app-nav">
      <ul>
        {link(SEARCH_HREF, 'search', 'Search')}
        {link(OVERVIEW_HREF, 'overview', 'Overview')}
        {link(PROGRAMMES_HREF, 'programmes', 'Programmes')}
        {session.identity.role === 'steward'
          ? link(STEWARD_HREF, 'steward', 'Steward console')
          : null}
        {session.identity.role === 'expert' ? link(MY_RECORD_HREF, 'me', 'My record') : null}
      </ul>
    </nav>
  );
}
