import { describe, expect, it } from 'vitest';
import { finalResponse, localServer, stream } from './test-support/http.ts';
import { specRequired } from './test-support/recordings.ts';
import { SCENARIOS } from './test-support/scenarios.ts';
import { strictReplay } from './test-support/strict-stream.ts';

/** Fields some events carry beyond the spec's `required`, as the recordings show. */
const OPTIONAL: Record<string, string[]> = {
  'response.image_generation_call.partial_image': [
    'size',
    'quality',
    'background',
    'output_format',
  ],
};

describe('every simulated scenario', () => {
  it.each(Object.entries(SCENARIOS))(
    '%s: spec event types and fields, strict accumulation, sequence numbers',
    async (_name, request) => {
      const { app } = localServer();
      const events = await stream(app, request);
      for (const event of events) {
        const required = specRequired(event.type);
        expect(required, `${event.type} is in the spec's event union`).not.toBeNull();
        expect(Object.keys(event)).toEqual(expect.arrayContaining(required ?? []));
        const known = new Set([
          ...(required ?? []),
          ...(OPTIONAL[event.type] ?? []),
          'obfuscation',
        ]);
        expect(Object.keys(event).filter((k) => !known.has(k))).toEqual([]);
      }
      expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
      const final = finalResponse(events);
      expect(final.status).toBe('completed');
      expect(strictReplay(events)).toEqual(final.output);
      expect(JSON.stringify(final.output)).not.toContain('"status":"in_progress"');
    },
  );
});
