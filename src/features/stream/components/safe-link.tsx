import { memo, type ReactNode } from 'react';
import { safeLinkHref } from '../lib/safe-url.ts';

/**
 * A link from model or tool output: an anchor (new tab, no opener, no referrer) for http(s) and
 * mailto, else the text as it is, so a javascript: URL can be read but never followed.
 */
export const SafeLink = memo(function SafeLink({
  url,
  children,
}: {
  url: unknown;
  children?: ReactNode;
}) {
  const href = safeLinkHref(url);
  const label = children ?? (typeof url === 'string' ? url : '');
  if (href === null) {
    return (
      <span className="break-all" title="Not a link: only http, https and mailto URLs are">
        {label}
      </span>
    );
  }
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="break-all text-teal-700 underline dark:text-teal-400"
    >
      {label}
    </a>
  );
});
