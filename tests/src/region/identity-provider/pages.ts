import { DEV_USERS, DevUser } from './users';

/**
 * The development identity provider's own pages: self-contained HTML (no scripts, no fonts or
 * styles from elsewhere), usable by keyboard, and saying on every page that it is for
 * development only.
 */

/** Escapes text for HTML; every value here is ours, but the page must not depend on that. */
function escape(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const STYLE = `
body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #f4f6f8; }
main { max-width: 34rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 6px; }
.dev { background: #7a3e00; color: #fff; padding: 0.25rem 0.5rem; border-radius: 3px; font-weight: 600; }
label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
select, button { font: inherit; padding: 0.4rem 0.6rem; }
select { width: 100%; }
.actions { display: flex; gap: 0.75rem; margin-top: 1.25rem; }
button { border: 1px solid #0b4f8a; border-radius: 4px; background: #0b4f8a; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #0b4f8a; }
:focus-visible { outline: 3px solid #e07b00; outline-offset: 2px; }
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p><span class="dev">Development only</span> Anyone can sign in here as anyone: a deployment signs in through its own identity provider.</p>
${body}
</main>
</body>
</html>`;
}

const GROUPS: { label: string; of: (u: DevUser) => boolean }[] = [
  { label: 'Secretariat', of: (u) => u.role === 'secretariat' },
  { label: 'Stewards', of: (u) => u.role === 'steward' },
  { label: 'Viewers', of: (u) => u.role === 'viewer' },
  { label: 'Experts', of: (u) => u.role === 'expert' },
];

/** The login form: pick a user, sign in (or cancel, back to the app signed out). */
export function loginPage(uid: string, clientName: string): string {
  const options = GROUPS.map(
    (g) =>
      `<optgroup label="${escape(g.label)}">${DEV_USERS.filter(g.of)
        .map((u) => `<option value="${escape(u.id)}">${escape(u.label)}</option>`)
        .join('')}</optgroup>`,
  ).join('\n');
  const action = `/interaction/${encodeURIComponent(uid)}`;
  return page(
    'Sign in: development identity provider',
    `<h1>Development identity provider</h1>
<p>Sign in to ${escape(clientName)} as:</p>
<form method="post" action="${action}/login">
<label for="user">User</label>
<select id="user" name="user" autofocus>${options}</select>
<div class="actions">
<button type="submit">Sign in</button>
<button type="submit" class="secondary" formaction="${action}/cancel">Cancel</button>
</div>
</form>`,
  );
}

/**
 * The sign-out confirmation (oidc-provider's logoutSource): `form` is the provider's own hidden
 * form, which the buttons submit, `logout=yes` ending the session.
 */
export function logoutPage(form: string): string {
  return page(
    'Sign out: development identity provider',
    `<h1>Sign out</h1>
${form}
<p>Sign out of the development identity provider?</p>
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button type="submit" form="op.logoutForm" class="secondary">Stay signed in</button>
</div>`,
  );
}

/** Any error the provider shows instead of redirecting back (a bad request, say). */
export function errorPage(error: string, description: string | undefined): string {
  return page(
    'Error: development identity provider',
    `<h1>Sign-in failed</h1>
<p>${escape(description ?? error)}</p>`,
  );
}
