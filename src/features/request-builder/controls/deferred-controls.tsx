import { deferredComponent } from '@/lib/deferred.ts';

// The controls of the collapsed groups (tools, structured values, tool_choice) are not needed to
// show the first form: they load when the browser is idle, or when a group opens before that.
const loading = (_: unknown, failed: boolean) => (
  <p role="status" className="text-xs text-zinc-500">
    {failed ? 'This control could not be loaded; reload the page.' : 'Loading…'}
  </p>
);
const idle = { idle: true };

export const ToolsEditor = deferredComponent(
  () => import('./tools/tools-editor.tsx').then((m) => m.ToolsEditor),
  loading,
  idle,
);
export const ToolChoiceControl = deferredComponent(
  () => import('./tools/tool-choice-control.tsx').then((m) => m.ToolChoiceControl),
  loading,
  idle,
);
export const StructuredSchemaControl = deferredComponent(
  () => import('./structured-schema-control.tsx').then((m) => m.StructuredSchemaControl),
  loading,
  idle,
);
const structured = () => import('./structured-controls.tsx');
export const MultiEnumControl = deferredComponent(
  () => structured().then((m) => m.MultiEnumControl),
  loading,
  idle,
);
export const KeyValueControl = deferredComponent(
  () => structured().then((m) => m.KeyValueControl),
  loading,
  idle,
);
export const JsonControl = deferredComponent(
  () => structured().then((m) => m.JsonControl),
  loading,
  idle,
);
export const IdOrJsonControl = deferredComponent(
  () => structured().then((m) => m.IdOrJsonControl),
  loading,
  idle,
);
export const ContextManagementControl = deferredComponent(
  () => structured().then((m) => m.ContextManagementControl),
  loading,
  idle,
);
