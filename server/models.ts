/** The local models. Fault models exist so every failure path can be tested without a network. */
export interface LocalModel {
  id: string;
  description: string;
}

export const LOCAL_MODELS: readonly LocalModel[] = [
  {
    id: 'local-echo',
    description: 'Markdown reply restating the input and the parameters received',
  },
  {
    id: 'local-long',
    description: 'A long markdown essay; "N tokens" in the input sets its length',
  },
  { id: 'local-error-401', description: 'Answers 401 invalid_api_key' },
  { id: 'local-error-429', description: 'Answers 429 rate_limit_exceeded with retry-after' },
  { id: 'local-error-500', description: 'Answers 500 server_error' },
  { id: 'local-error-502-html', description: 'Answers 502 with an HTML page (no JSON)' },
  { id: 'local-drop', description: 'Cuts the connection mid-stream' },
  { id: 'local-fail', description: 'Streams some text, then an error event and response.failed' },
  {
    id: 'local-hostile',
    description:
      'Prompt-injection payloads (script, javascript: links, tracking images) in every item',
  },
];

export const MODEL_CREATED = 1767225600; // 2026-01-01, fixed so the list is deterministic

export function findModel(id: string): LocalModel | undefined {
  return LOCAL_MODELS.find((m) => m.id === id);
}

/** A model as `GET /v1/models` lists it and `GET /v1/models/{model}` returns it. */
export function modelObject(model: LocalModel) {
  return {
    id: model.id,
    object: 'model' as const,
    created: MODEL_CREATED,
    owned_by: 'local',
    description: model.description,
  };
}
