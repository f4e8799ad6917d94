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
