/**
 * The same-origin pass-through proxy (`/proxy?url=<absolute URL>`) for providers that refuse
 * browser calls. It forwards only to https (or to http on this machine), never follows
 * redirects, streams the answer through unbuffered, and never logs headers or bodies.
 */

const FORWARDED_REQUEST_HEADERS =
  /^(authorization|content-type|accept|openai-.*|x-(?!forwarded).*)$/i;
const DROPPED_RESPONSE_HEADERS = new Set([
  'content-encoding', // fetch has already decompressed the body
  'content-length',
  'transfer-encoding',
  'connection',
  'set-cookie',
]);

function proxyError(status: number, message: string): Response {
  return Response.json(
    { error: { message, type: 'proxy_error', param: 'url', code: null } },
    { status },
  );
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Why a target may not be proxied, or null when it may. */
export function rejectTarget(target: string | null): string | null {
  if (!target) return 'The proxy needs a target: /proxy?url=<absolute https URL>.';
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `The proxy target is not an absolute URL: '${target.slice(0, 200)}'.`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return null;
  if (url.protocol === 'http:') {
    return `The proxy forwards plain http only to this machine (localhost, 127.0.0.1, [::1]); use https for '${url.host}'.`;
  }
  return `The proxy forwards only https:// (or loopback http://) URLs, not '${url.protocol}'.`;
}

export async function proxyRequest(
  request: Request,
  fetchImpl: typeof fetch = fetch,
): Promise<Response> {
  const target = new URL(request.url).searchParams.get('url');
  const rejection = rejectTarget(target);
  if (rejection || !target) return proxyError(400, rejection ?? 'No target.');

  const headers = new Headers();
  request.headers.forEach((value, name) => {
    if (FORWARDED_REQUEST_HEADERS.test(name)) headers.set(name, value);
  });
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : null,
      redirect: 'manual',
      signal: request.signal,
    });
  } catch (error) {
    const host = new URL(target).host;
    const cause =
      error instanceof Error
        ? error.cause instanceof Error
          ? error.cause.message
          : error.message
        : String(error);
    return proxyError(502, `The local proxy could not reach ${host}: ${cause}.`);
  }
  if (upstream.status >= 300 && upstream.status < 400) {
    const location = upstream.headers.get('location') ?? 'an unknown location';
    return proxyError(
      502,
      `The upstream answered ${upstream.status} with a redirect to ${location}; the proxy does not follow redirects. Check the Base URL.`,
    );
  }
  const responseHeaders = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!DROPPED_RESPONSE_HEADERS.has(name.toLowerCase())) responseHeaders.set(name, value);
  });
  return new Response(upstream.body, {
    status: upstream.status,
    statusText: upstream.statusText,
    headers: responseHeaders,
  });
}
