import type { Response } from 'openai/resources/responses/responses';
import type { ApiError } from '@/api/errors/api-error.ts';
import type { Connection } from '@/api/transport/connection.ts';
import type { ResumeOptions } from '@/api/transport/response-endpoints.ts';
import type { SendOutcome } from '@/api/transport/send-response.ts';
import { deferredModule } from '@/lib/deferred.ts';

// The streaming client (SSE parsing, resume) is needed from the first Send on, not to show the
// page: it is fetched when the browser is idle after startup, or by a Send that comes first.
const transport = deferredModule(() => import('@/api/transport/response-endpoints.ts'), {
  idle: true,
});

/** `sendWithResume` from its own chunk. Never throws: a chunk that cannot load is a network error. */
export async function sendWithResume(
  connection: Connection,
  body: Record<string, unknown>,
  options: ResumeOptions,
): Promise<SendOutcome> {
  let client = transport.current();
  if (!client) {
    try {
      client = await transport.load();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return {
        kind: 'network-error',
        error: {
          source: 'network',
          message: `Could not load the streaming client (${detail}). Reload the page.`,
        },
      };
    }
  }
  return client.sendWithResume(connection, body, options);
}

/**
 * POST /responses/{id}/cancel from the same chunk: what Stop does to a background response,
 * which runs on after its stream is closed. The cancelled Response, or why it could not be.
 */
export async function cancelBackground(
  connection: Connection,
  id: string,
): Promise<{ response: Response } | { error: ApiError }> {
  try {
    const client = transport.current() ?? (await transport.load());
    return await client.tryCancelResponse(connection, id);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { error: { source: 'network', message: `Could not load the client (${detail}).` } };
  }
}
