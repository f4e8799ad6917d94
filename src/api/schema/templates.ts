import type { JsonObject } from './schema-path.ts';

export type SchemaTemplate = {
  id: string;
  label: string;
  /** Where it fits: a function tool's `parameters`, a `text.format` schema, or either. */
  for: 'function' | 'structured' | 'both';
  schema: JsonObject;
};

// Every template is strict-clean (all required, additionalProperties: false), so it works
// with `strict: true` as it is; optional fields are nullable.
export const schemaTemplates: readonly SchemaTemplate[] = [
  {
    id: 'weather',
    label: 'Weather function parameters',
    for: 'function',
    schema: {
      type: 'object',
      properties: {
        location: { type: 'string', description: 'City and country, e.g. Paris, France' },
        unit: {
          type: ['string', 'null'],
          enum: ['celsius', 'fahrenheit', null],
          description: 'Temperature unit; null for the local one',
        },
      },
      required: ['location', 'unit'],
      additionalProperties: false,
    },
  },
  {
    id: 'calendar-event',
    label: 'Calendar event',
    for: 'both',
    schema: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        start: { type: 'string', format: 'date-time' },
        end: { type: ['string', 'null'], format: 'date-time' },
        location: { type: ['string', 'null'] },
        attendees: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              email: { type: ['string', 'null'], format: 'email' },
            },
            required: ['name', 'email'],
            additionalProperties: false,
          },
        },
      },
      required: ['title', 'start', 'end', 'location', 'attendees'],
      additionalProperties: false,
    },
  },
  {
    id: 'list-extraction',
    label: 'List extraction',
    for: 'structured',
    schema: {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          description: 'Every item mentioned in the text, in order',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              quantity: { type: ['number', 'null'], minimum: 0 },
              category: { type: 'string', enum: ['food', 'drink', 'household', 'other'] },
            },
            required: ['name', 'quantity', 'category'],
            additionalProperties: false,
          },
        },
      },
      required: ['items'],
      additionalProperties: false,
    },
  },
  {
    id: 'strict-answer',
    label: 'Strict structured answer',
    for: 'structured',
    schema: {
      type: 'object',
      properties: {
        answer: { type: 'string', description: 'The answer, in one or two sentences' },
        confidence: { type: 'number', minimum: 0, maximum: 1 },
        sources: { type: 'array', items: { type: 'string' }, maxItems: 5 },
        follow_up: {
          anyOf: [{ type: 'string' }, { type: 'null' }],
          description: 'A question to ask the user, if one is needed',
        },
      },
      required: ['answer', 'confidence', 'sources', 'follow_up'],
      additionalProperties: false,
    },
  },
];
