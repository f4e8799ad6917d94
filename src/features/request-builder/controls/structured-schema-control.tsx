import { getPath } from '@/api/request/body-path.ts';
import { DeferredSchemaEditor } from '@/components/ui/schema-editor/deferred-schema-editor.tsx';
import { useRequestDraftStore } from '../request-draft-store.ts';
import type { ControlProps } from './param-field.tsx';

/** `text.format.schema` in the schema editor, strict when `text.format.strict` is true. */
export function StructuredSchemaControl({ spec, value, set, reset }: ControlProps) {
  const strict = useRequestDraftStore((s) => getPath(s.body, 'text.format.strict') === true);
  return (
    <DeferredSchemaEditor
      label={spec.path}
      textKey={spec.path}
      mode="structured"
      strict={strict}
      value={value}
      onChange={(schema: object | undefined) => (schema === undefined ? reset() : set(schema))}
    />
  );
}
