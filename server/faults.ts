import { HttpError } from './errors.ts';

/** HTTP-level fault models: answered before any streaming starts. */
export function httpFault(model: string): Response | HttpError | null {
  switch (model) {
    case 'local-error-401':
      return new HttpError(
        401,
        'Incorrect API key provided: loca************. (fault model local-error-401: the local server rejects every key for this model.)',
        { code: 'invalid_api_key' },
      );
    case 'local-error-429':
      return new HttpError(
        429,
        'Rate limit reached for local-error-429 on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 2s. (fault model local-error-429)',
        { type: 'requests', param: null, code: 'rate_limit_exceeded' },
        {
          'retry-after': '2',
          'x-ratelimit-limit-requests': '3',
          'x-ratelimit-remaining-requests': '0',
          'x-ratelimit-reset-requests': '2s',
        },
      );
    case 'local-error-500':
      return new HttpError(
        500,
        'The server had an error while processing your request. Sorry about that! (fault model local-error-500)',
        { type: 'server_error', code: null },
      );
    case 'local-error-502-html':
      return new Response(
        '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
        { status: 502, headers: { 'content-type': 'text/html' } },
      );
    default:
      return null;
  }
}
