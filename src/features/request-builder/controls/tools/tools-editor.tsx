import type { JsonObject } from '@/api/request/body-path.ts';
import { BUILT_IN_TOOL_TYPES, TOOL_TEMPLATES, toolsOf } from '@/api/request/tools.ts';
import { Button } from '@/components/ui/button.tsx';
import type { ControlProps } from '../param-field.tsx';
import { JsonControl } from '../structured-controls.tsx';
import {
  CodeInterpreterToolEditor,
  FileSearchToolEditor,
  ImageGenerationToolEditor,
  WebSearchToolEditor,
  type ToolEditorProps,
} from './built-in-tool-editors.tsx';
import { FunctionToolEditor } from './function-tool-editor.tsx';
import { McpToolEditor } from './mcp-tool-editor.tsx';

const EDITORS: Record<string, (props: ToolEditorProps) => React.ReactNode> = {
  function: FunctionToolEditor,
  web_search_preview: WebSearchToolEditor,
  web_search: WebSearchToolEditor,
  file_search: FileSearchToolEditor,
  code_interpreter: CodeInterpreterToolEditor,
  image_generation: ImageGenerationToolEditor,
  mcp: McpToolEditor,
};

/** A tool this editor has no form for: its JSON, editable, kept as it is. */
function RawToolEditor({ tool, index, onChange }: ToolEditorProps) {
  return (
    <JsonControl
      spec={{
        path: `tools[${index}]`,
        group: 'tools',
        kind: 'json',
        description: '',
        jsonType: 'object',
      }}
      value={tool}
      set={(v) => onChange(v as JsonObject)}
      reset={() => undefined}
      a11y={{ id: `tool-raw-${index}`, 'aria-describedby': '' }}
    />
  );
}

/** `tools`: toggles for the built-in tools, custom functions, and any other tool as JSON. */
export function ToolsEditor({ value, set, reset, a11y }: ControlProps & { a11y: { id: string } }) {
  const tools = toolsOf(value);
  const update = (next: JsonObject[]) => (next.length === 0 ? reset() : set(next));
  const has = (type: string) => tools.some((t) => t.type === type);
  const toggle = (type: string) => {
    const template = TOOL_TEMPLATES[type];
    if (has(type)) update(tools.filter((t) => t.type !== type));
    else if (template) update([...tools, template()]);
  };
  const addFunction = () => {
    const base = TOOL_TEMPLATES.function?.() ?? { type: 'function' };
    const taken = new Set(tools.map((t) => t.name));
    let name = String(base.name);
    for (let n = 2; taken.has(name); n++) name = `${String(base.name)}_${n}`;
    update([...tools, { ...base, name }]);
  };
  return (
    <div className="flex flex-col gap-2" id={a11y.id}>
      <div className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {BUILT_IN_TOOL_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-1 font-mono">
            <input type="checkbox" checked={has(type)} onChange={() => toggle(type)} />
            {type}
          </label>
        ))}
      </div>
      {tools.map((tool, index) => {
        const type = typeof tool.type === 'string' ? tool.type : '(no type)';
        const Editor = EDITORS[type] ?? RawToolEditor;
        return (
          <section
            key={index}
            aria-label={`tools[${index}] ${type}`}
            className="flex flex-col gap-2 rounded-md border border-zinc-200 p-2 dark:border-zinc-800"
          >
            <div className="flex items-center justify-between">
              <span className="font-mono text-xs font-semibold">
                tools[{index}] · {type}
                {type === 'function' && typeof tool.name === 'string' ? ` · ${tool.name}` : ''}
              </span>
              <Button
                variant="ghost"
                aria-label={`remove tools[${index}]`}
                onClick={() => update(tools.filter((_, j) => j !== index))}
              >
                remove
              </Button>
            </div>
            <Editor
              tool={tool}
              index={index}
              onChange={(next) => update(tools.map((t, j) => (j === index ? next : t)))}
            />
          </section>
        );
      })}
      <Button className="self-start" onClick={addFunction}>
        + function
      </Button>
    </div>
  );
}
