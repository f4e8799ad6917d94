import { curlExport } from './curl.ts';
import type { ExportInput } from './export-input.ts';
import { httpExport } from './http.ts';
import { jsonExport } from './json.ts';
import { pythonExport } from './python.ts';
import { tsFetchExport } from './ts-fetch.ts';
import { tsOpenAiExport } from './ts-openai.ts';

export type ExportTargetId = 'curl' | 'ts-openai' | 'ts-fetch' | 'python' | 'http' | 'json';

export interface ExportTarget {
  id: ExportTargetId;
  label: string;
  /** The name Download saves under. */
  filename: string;
  /** For the code view and the download's type. */
  mime: string;
  generate: (input: ExportInput) => string;
}

export const EXPORT_TARGETS: readonly ExportTarget[] = [
  {
    id: 'curl',
    label: 'curl',
    filename: 'request.sh',
    mime: 'text/x-shellscript',
    generate: curlExport,
  },
  {
    id: 'ts-openai',
    label: 'TypeScript',
    filename: 'request.mts',
    mime: 'text/typescript',
    generate: tsOpenAiExport,
  },
  {
    id: 'ts-fetch',
    label: 'TypeScript (fetch)',
    filename: 'request.mjs',
    mime: 'text/javascript',
    generate: tsFetchExport,
  },
  {
    id: 'python',
    label: 'Python',
    filename: 'request.py',
    mime: 'text/x-python',
    generate: pythonExport,
  },
  { id: 'http', label: 'HTTP', filename: 'request.http', mime: 'text/plain', generate: httpExport },
  {
    id: 'json',
    label: 'JSON',
    filename: 'request.json',
    mime: 'application/json',
    generate: jsonExport,
  },
];
