import { serve } from '@hono/node-server';
import { parseArgs } from 'node:util';
import { createLocalServer } from './app.ts';
import { REALISTIC, parsePace } from './pace.ts';

/** `npm run server`: the local Responses server on 127.0.0.1:8787/v1, with CORS, for curl and SDKs. */
const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.PORT ?? '8787' },
    pace: { type: 'string', default: process.env.LOCAL_PACE ?? 'realistic' },
  },
});

const local = createLocalServer({ pace: parsePace(values.pace, REALISTIC), cors: true });
const port = Number(values.port);
serve({ fetch: local.app.fetch, hostname: values.host, port }, (info) => {
  console.log(
    `Local Responses server on http://${info.address}:${info.port}/v1 (pace: ${values.pace})`,
  );
  console.log('Models: GET /v1/models. Any non-empty Bearer key is accepted.');
});
