import type { Response } from 'openai/resources/responses/responses';
import type { InputItem } from './input.ts';

export interface StoredResponse {
  response: Response;
  /** This request's own input items. */
  inputItems: InputItem[];
  /** Everything earlier in the chain (inputs and outputs of previous turns), oldest first. */
  history: InputItem[];
}

/** In-memory store of responses made with `store` not false; the oldest go first past the limit. */
export class ResponseStore {
  private readonly entries = new Map<string, StoredResponse>();
  private readonly limit: number;

  constructor(limit = 1000) {
    this.limit = limit;
  }

  put(entry: StoredResponse): void {
    this.entries.delete(entry.response.id);
    this.entries.set(entry.response.id, entry);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  update(id: string, response: Response): void {
    const entry = this.entries.get(id);
    if (entry) this.entries.set(id, { ...entry, response });
  }

  get(id: string): StoredResponse | undefined {
    return this.entries.get(id);
  }

  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  /** The conversation a new turn chained to `id` sees: history, inputs and outputs. */
  conversationAfter(id: string): InputItem[] {
    const entry = this.entries.get(id);
    if (!entry) return [];
    return [
      ...entry.history,
      ...entry.inputItems,
      ...(entry.response.output as unknown as InputItem[]),
    ];
  }
}
