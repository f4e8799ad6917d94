import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_HEADER, contentSecurityPolicyPlugin } from './csp.ts';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('the Content Security Policy', () => {
  it('allows scripts only from the app itself: no inline, no eval', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('connect-src')).toBe('*');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives(CSP_HEADER).get('frame-ancestors')).toBe("'none'");
  });

  it('goes into the built index.html right after the charset, and only for builds', () => {
    const plugin = contentSecurityPolicyPlugin();
    expect(plugin.apply).toBe('build');
    const transform = plugin.transformIndexHtml as IndexHtmlTransformHook;
    const html = '<html><head><meta charset="UTF-8" /><script src="/a.js"></script></head></html>';
    const out = transform.call({} as never, html, { path: '/index.html', filename: 'index.html' });
    expect(out).toBe(
      `<html><head><meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />\n    <meta name="referrer" content="no-referrer" /><script src="/a.js"></script></head></html>`,
    );
    expect(() =>
      transform.call({} as never, '<html></html>', { path: '/', filename: 'index.html' }),
    ).toThrow(/charset/);
  });
});
