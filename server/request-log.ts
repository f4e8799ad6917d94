/** What the local server received, for tests and for users checking what went over the wire. */
export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  /** Whether an Authorization header came; its value is never kept. */
  authorization: 'bearer' | 'other' | 'none';
  /** The parsed JSON body, or its text when it was not JSON. */
  body: unknown;
}

export class RequestLog {
  private entries: LoggedRequest[] = [];
  private readonly limit: number;

  constructor(limit = 200) {
    this.limit = limit;
  }

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}
