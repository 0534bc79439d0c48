import { audienceSummary } from '../auth/identity';
import { useSession } from '../auth/session';
import { PROGRAMMES_HREF } from '../programmes/routes';
import { useReference } from '../reference';
import { SEARCH_HREF } from '../routing';
import { DevSignIn } from './DevSignIn';

/** The app's header: always says who you are (role, country, audience) and lets you change it. */
export function Header({ devSignIn }: { devSignIn: boolean }) {
  const { session } = useSession();
  const { countryName } = useReference();
  const { role, country } = session.identity;
  return (
    <header className="app-header">
      <a className="brand" href={SEARCH_HREF}>
        ASEAN Expert Pool
      </a>
      <nav className="app-nav" aria-label="Sections">
        <a href={PROGRAMMES_HREF}>Programmes</a>
      </nav>
      <dl className="who" aria-label="Signed in as">
        <div>
          <dt>Role</dt>
          <dd data-testid="who-role">{role}</dd>
        </div>
        <div>
          <dt>Country</dt>
          <dd data-testid="who-country">{country ? countryName(country) : 'none'}</dd>
        </div>
        <div>
          <dt>Audience</dt>
          <dd data-testid="who-audience">{audienceSummary(session.identity)}</dd>
        </div>
      </dl>
      {devSignIn ? <DevSignIn /> : null}
    </header>
  );
}
