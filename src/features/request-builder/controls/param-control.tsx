import { memo, useCallback } from 'react';
import { getPath } from '@/api/request/body-path.ts';
import type { LintFinding } from '@/api/request/lint-request.ts';
import type { ParamSpec } from '@/api/request/param-catalog.ts';
import { useRequestDraftStore } from '../request-draft-store.ts';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';
import {
  ContextManagementControl,
  IdOrJsonControl,
  JsonControl,
  KeyValueControl,
  MultiEnumControl,
  StructuredSchemaControl,
  ToolChoiceControl,
  ToolsEditor,
} from './deferred-controls.tsx';
import { ParamField, type ControlProps } from './param-field.tsx';
import { BooleanControl, EnumControl, NumberControl, TextControl } from './scalar-controls.tsx';

const GROUPED = new Set(['multi-enum', 'key-value', 'context-management', 'tools', 'schema']);

type A11y = { id: string; 'aria-describedby': string; 'aria-invalid'?: boolean };

function renderControl(props: ControlProps, a11y: A11y) {
  switch (props.spec.kind) {
    case 'number':
      return <NumberControl {...props} a11y={a11y} />;
    case 'enum':
      return <EnumControl {...props} a11y={a11y} />;
    case 'boolean':
      return <BooleanControl {...props} a11y={a11y} />;
    case 'multi-enum':
      return <MultiEnumControl {...props} />;
    case 'key-value':
      return <KeyValueControl {...props} />;
    case 'json':
      return <JsonControl {...props} a11y={a11y} />;
    case 'id-or-json':
      return <IdOrJsonControl {...props} a11y={a11y} />;
    case 'context-management':
      return <ContextManagementControl {...props} />;
    case 'tools':
      return <ToolsEditor {...props} a11y={a11y} />;
    case 'schema':
      return <StructuredSchemaControl {...props} />;
    case 'tool-choice':
      return <ToolChoiceControl {...props} a11y={a11y} />;
    default:
      return <TextControl {...props} a11y={a11y} />;
  }
}

/** One parameter bound to its path in the body; re-renders only when that value changes. */
export const ParamControl = memo(function ParamControl({
  spec,
  findings,
}: {
  spec: ParamSpec;
  findings: readonly LintFinding[];
}) {
  const value = useRequestDraftStore((s) => getPath(s.body, spec.path));
  const set = useCallback(
    (v: unknown) => useRequestDraftStore.getState().paramSet(spec.path, v),
    [spec.path],
  );
  const reset = useCallback(() => {
    useRequestDraftStore.getState().paramReset(spec.path);
    usePendingTextStore.getState().paramsReset([spec.path]);
  }, [spec.path]);
  return (
    <ParamField
      spec={spec}
      isSet={value !== undefined}
      findings={findings}
      onReset={reset}
      asGroup={GROUPED.has(spec.kind)}
    >
      {(a11y) => renderControl({ spec, value, set, reset }, a11y)}
    </ParamField>
  );
});
