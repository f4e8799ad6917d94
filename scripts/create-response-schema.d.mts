/** Types for create-response-schema.mjs (plain JS so the generator runs with node alone). */
export interface CreateResponseSchemaDocument {
  $comment: string;
  components: { schemas: Record<string, unknown> };
}

export function extractCreateResponseSchema(spec: unknown): CreateResponseSchemaDocument;
