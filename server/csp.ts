import type { Plugin } from 'vite';

/**
 * The built app's Content Security Policy. Model output is rendered without raw HTML already; the
 * policy is the second wall: even injected markup could not run script.
 *
 * - `script-src 'self'`: only the app's own files; no inline script, no eval. (ajv, which compiles
 *   schemas with `new Function`, runs its runtime checks in a worker, which this page's policy
 *   does not cover and which has no DOM; the meta-schema validators are compiled at build time.)
 * - `style-src 'self' 'unsafe-inline'`: React style attributes (virtualized lists position rows
 *   with them) and CodeMirror's injected styles. Styles cannot run script, and model output cannot
 *   reach a style attribute (no raw HTML).
 * - `img-src … data: blob: http: https:`: pasted and generated images are data: URLs; remote
 *   images in model output are fetched only after a click on "Load image", by construction.
 * - `connect-src *`: the Base URL is the user's choice, any host, http(s) or localhost.
 * - nothing may frame, embed, submit forms or set a base URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: http: https:",
  "font-src 'self' data:",
  'connect-src *',
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Only an HTTP header can say who may frame the page; a meta tag cannot. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/**
 * Puts the policy in the built index.html as a meta tag, so it holds on any static host. Only
 * for builds: Vite's dev server needs inline scripts and eval for hot reload.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'responses-playground:csp',
    apply: 'build',
    // Right after the charset (which must come first), before any script or style.
    transformIndexHtml: (html) => {
      const tags =
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n` +
        // Links in model output already say noreferrer; this covers every other request too.
        '    <meta name="referrer" content="no-referrer" />';
      const charset = /<meta charset=[^>]*>/i;
      if (!charset.test(html))
        throw new Error('index.html needs <meta charset> for the CSP to follow');
      return html.replace(charset, (tag) => `${tag}\n    ${tags}`);
    },
  };
}
