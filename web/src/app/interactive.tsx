import { type ReactNode, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * A page the server rendered is read before its scripts have come: its links work, but a field or
 * a button would do nothing (and what was typed would be lost), so they are disabled until the
 * application has taken the page over. A `fieldset` disables every control inside it; it takes no
 * room of its own (app.css). Each part that the browser takes over on its own (a page whose code
 * comes later, inside a Suspense boundary) has its own, which waits for that part.
 */
export function UsableOnceInteractive({ children }: { children: ReactNode }) {
  // False while the server renders and while the browser takes its page over, true after.
  const interactive = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <fieldset className="application" disabled={!interactive}>
      {children}
    </fieldset>
  );
}
