import { useSession } from '../auth/session';
import { useReference } from '../reference';
import { AuditSection } from '../steward/AuditSection';
import { ChangeRequestsSection } from '../steward/ChangeRequestsSection';
import { ConfirmationsSection } from '../steward/ConfirmationsSection';
import { ConsentSection } from '../steward/ConsentSection';
import { ErasuresSection } from '../steward/ErasuresSection';
import { PolicySection } from '../steward/PolicySection';

/**
 * The steward console (docs/ARCHITECTURE.md §10.5): what leaves the steward's own country. The
 * services refuse every part of it to anyone but that country's stewards; the page says so in
 * words rather than showing refusals.
 */
export function StewardPage() {
  const { session } = useSession();
  const { countryName, countries } = useReference();
  const { role } = session.identity;
  // The identity's country as the region's reference names it (a CountryCode of the contract).
  const country = countries.find((c) => c.code === session.identity.country)?.code;
  if (role === 'steward' && !country)
    return (
      <main className="steward-page">
        <p role="status">Loading…</p>
      </main>
    );
  if (role !== 'steward' || !country)
    return (
      <main className="steward-page">
        <h1>Steward console</h1>
        <p className="empty">
          The steward console is for a member state's stewards. Sign in as a steward of your country
          to see and change what leaves it.
        </p>
      </main>
    );
  return (
    <main className="steward-page">
      <h1>Steward console: {countryName(country)}</h1>
      <p className="muted">
        What {countryName(country)} releases to each audience, who received it, what its experts
        consent to, and what they asked of you: corrections, erasures and confirmations.
      </p>
      <PolicySection country={country} />
      <AuditSection country={country} />
      <ConsentSection country={country} />
      <ChangeRequestsSection country={country} />
      <ErasuresSection country={country} />
      <ConfirmationsSection country={country} />
    </main>
  );
}
