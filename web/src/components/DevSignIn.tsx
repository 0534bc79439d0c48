import { useState, type FormEvent } from 'react';
import type { Role } from '../auth/identity';
import { useSession } from '../auth/session';
import { useReference } from '../reference';

const ROLES: { role: Role; label: string }[] = [
  { role: 'public', label: 'Public (no sign-in)' },
  { role: 'secretariat', label: 'ACCSM secretariat' },
  { role: 'steward', label: "A country's steward" },
  { role: 'viewer', label: "A country's viewer" },
];

/**
 * The development sign-in of `npm start`: pick a role (and a country for a steward or viewer).
 * Labelled as such on screen; OpenID Connect sign-in takes its place in a deployment.
 */
export function DevSignIn() {
  const { session, signIn } = useSession();
  const { countries } = useReference();
  const [role, setRole] = useState<Role>(session.identity.role);
  const [country, setCountry] = useState(session.identity.country ?? 'MY');
  const [problem, setProblem] = useState<string | null>(null);
  const needsCountry = role === 'steward' || role === 'viewer';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      await signIn({ role, country: needsCountry ? country : null });
    } catch (error) {
      setProblem(`Sign-in failed: ${(error as Error).message}`);
    }
  };

  return (
    <form className="dev-sign-in" onSubmit={(e) => void submit(e)} aria-label="Development sign-in">
      <span className="dev-badge">Development sign-in</span>
      <label>
        Role
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r.role} value={r.role}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      {needsCountry ? (
        // Labelled by id, not by wrapping: a wrapping label's text includes every option's,
        // so the browser tests' exact match on "Country" (signInAs) fails once the countries load.
        <span>
          <label htmlFor="dev-sign-in-country">Country</label>{' '}
          <select
            id="dev-sign-in-country"
            value={country}
            onChange={(e) => setCountry(e.target.value)}
          >
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </span>
      ) : null}
      <button type="submit">Sign in</button>
      {problem ? <p role="alert">{problem}</p> : null}
    </form>
  );
}
