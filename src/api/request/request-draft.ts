/**
 * The form's state: only what the user set. An empty string means "not set" and is not sent;
 * `stream` is on by default in the playground (the API's default is off).
 */
export interface RequestDraft {
  model: string;
  input: string;
  instructions: string;
  stream: boolean;
}

export const initialDraft: RequestDraft = {
  model: 'local-echo',
  input: '',
  instructions: '',
  stream: true,
};

export type RequestBody = Record<string, unknown>;

/** Pure: draft → the exact `POST /responses` body. Unset parameters are left out. */
export function buildRequest(draft: RequestDraft): RequestBody {
  const body: RequestBody = {};
  const model = draft.model.trim();
  if (model) body.model = model;
  if (draft.input.length > 0) body.input = draft.input;
  if (draft.instructions.trim()) body.instructions = draft.instructions;
  if (draft.stream) body.stream = true;
  return body;
}
