import type { MouseEvent } from 'react';

/**
 * "Skip to the content" for keyboard users: moves the focus to the page's <main>. Not a plain
 * `#id` link, because the app's routes are the hash: following `#main` would leave the page.
 */
export function SkipLink() {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const main = document.querySelector('main');
    if (!main) return;
    main.setAttribute('tabindex', '-1');
    main.focus();
  };
  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to the content
    </a>
  );
}
