import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import type { JsonObject } from '@/api/request/body-path.ts';
import type { ToolEditorProps } from './built-in-tool-editors.tsx';

/**
 * The editor with its tool held in state, as the draft store holds it: `tool()` reads it back,
 * `rerenderWith` replaces it from outside (raw JSON, a preset).
 */
export function renderToolEditor(
  Editor: (props: ToolEditorProps) => ReactNode,
  initial: JsonObject,
) {
  let latest = initial;
  function Harness({ outside }: { outside: JsonObject }) {
    const [tool, setTool] = useState(outside);
    const [seen, setSeen] = useState(outside);
    if (seen !== outside) {
      setSeen(outside);
      setTool(outside);
    }
    return (
      <Editor
        tool={tool}
        index={0}
        onChange={(next) => {
          latest = next;
          setTool(next);
        }}
      />
    );
  }
  const view = render(<Harness outside={initial} />);
  return {
    user: userEvent.setup(),
    tool: () => latest,
    rerenderWith: (next: JsonObject) => {
      latest = next;
      view.rerender(<Harness outside={next} />);
    },
  };
}
