import { deferredComponent } from '@/lib/deferred.ts';
import type { SchemaEditorProps } from './schema-editor.tsx';

/**
 * The schema editor in its own chunk, with ajv and jsonc-parser behind it: only a function tool
 * or a json_schema format shows one, so the first page does not pay for them.
 */
export const DeferredSchemaEditor = deferredComponent<SchemaEditorProps>(
  () => import('./schema-editor.tsx').then((m) => m.SchemaEditor),
  ({ label }, failed) => (
    <p role="status" className="text-xs text-zinc-500">
      {failed
        ? `The schema editor for ${label} could not be loaded; reload the page to try again.`
        : 'Loading the schema editor…'}
    </p>
  ),
);
