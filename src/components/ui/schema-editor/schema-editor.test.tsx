import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JsonObject } from '@/api/schema/schema-path.ts';
import { usePendingTextStore } from '@/stores/pending-text-store.ts';
import { SchemaEditor, type SchemaEditorProps } from './schema-editor.tsx';

const LABEL = 'tools[0].parameters';

/** A parent that stores what the editor reports, as the request form does. */
function Harness({
  initial,
  spy,
  ...rest
}: Partial<SchemaEditorProps> & {
  initial: unknown;
  spy: (next: JsonObject | undefined) => void;
}) {
  const [value, setValue] = useState<unknown>(initial);
  const [shown, setShown] = useState(true);
  return (
    <>
      {shown && (
        <SchemaEditor
          label={LABEL}
          strict={false}
          {...rest}
          value={value}
          onChange={(next) => {
            spy(next);
            setValue(next);
          }}
        />
      )}
      <button type="button" onClick={() => setShown((s) => !s)}>
        toggle editor
      </button>
      <button type="button" onClick={() => setValue({ type: 'object', title: 'outside' })}>
        outside change
      </button>
    </>
  );
}

function setup(initial: unknown, props: Partial<SchemaEditorProps> = {}) {
  const spy = vi.fn<(next: JsonObject | undefined) => void>();
  const user = userEvent.setup();
  render(<Harness initial={initial} spy={spy} {...props} />);
  return { spy, user };
}

const editorText = () => screen.getByRole('textbox', { name: LABEL });
const type = (text: string) => fireEvent.change(editorText(), { target: { value: text } });

const base = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] };

beforeEach(() => usePendingTextStore.setState({ texts: {} }));

describe('SchemaEditor, JSON tab (textarea)', () => {
  it('shows the value as formatted JSON in a textarea named by the label', () => {
    setup(base);
    expect(editorText().tagName).toBe('TEXTAREA');
    expect(editorText()).toHaveValue(JSON.stringify(base, null, 2));
  });

  it('says where invalid JSON breaks and keeps it without calling onChange', () => {
    const { spy } = setup(base);
    type('{\n  "type": "object",\n  "properties": {\n    "a": \n  }\n}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Invalid JSON at line 5, column 3: Expected a value',
    );
    expect(editorText()).toHaveAttribute('aria-invalid', 'true');
    expect(editorText()).toHaveValue(
      '{\n  "type": "object",\n  "properties": {\n    "a": \n  }\n}',
    );
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Format' })).toBeDisabled();
  });

  it('refuses a JSON value that is not an object', () => {
    const { spy } = setup(base);
    type('[1, 2]');
    expect(screen.getByRole('alert')).toHaveTextContent('line 1, column 1');
    expect(spy).not.toHaveBeenCalled();
  });

  it('calls onChange with a valid edit, and with undefined when emptied', async () => {
    const { spy, user } = setup(undefined);
    await user.click(editorText());
    await user.paste('{"type":"object"}');
    expect(spy).toHaveBeenLastCalledWith({ type: 'object' });
    expect(editorText()).toHaveValue('{"type":"object"}');
    type('');
    expect(spy).toHaveBeenLastCalledWith(undefined);
  });

  it('lists meta-schema errors with line:column', () => {
    const { spy } = setup(undefined);
    type('{\n  "type": "object",\n  "properties": { "a": { "type": "strin" } }\n}');
    const errors = screen.getByRole('list', { name: `${LABEL} schema errors` });
    expect(errors).toHaveTextContent('3:34');
    expect(errors).toHaveTextContent('/properties/a/type must be a type name');
    // Valid JSON, so the value still flows: the meta-schema errors are for the user to act on.
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('formats valid text', async () => {
    const { user } = setup(undefined);
    type('{"type":   "object"}');
    await user.click(screen.getByRole('button', { name: 'Format' }));
    expect(editorText()).toHaveValue('{\n  "type": "object"\n}');
  });

  it('lets an outside change replace invalid text', async () => {
    const { user } = setup(base);
    type('{ nope');
    await user.click(screen.getByRole('button', { name: 'outside change' }));
    expect(editorText()).toHaveValue('{\n  "type": "object",\n  "title": "outside"\n}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('inserts a template', async () => {
    const { spy, user } = setup(undefined);
    await user.selectOptions(
      screen.getByRole('combobox', { name: `${LABEL} templates` }),
      'weather',
    );
    expect(spy.mock.calls[0]?.[0]).toMatchObject({ properties: { location: { type: 'string' } } });
  });
});

describe('SchemaEditor, text kept under a textKey', () => {
  const remount = async (user: ReturnType<typeof userEvent.setup>) => {
    await user.click(screen.getByRole('button', { name: 'toggle editor' }));
    expect(screen.queryByRole('textbox', { name: LABEL })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'toggle editor' }));
  };
  const garbage = `${JSON.stringify(base, null, 2)},,garbage`;

  it('shows invalid text again, with its problem, when the editor comes back', async () => {
    const { spy, user } = setup(base, { textKey: LABEL });
    type(garbage);
    await remount(user);
    expect(editorText()).toHaveValue(garbage);
    expect(editorText()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
    expect(usePendingTextStore.getState().texts[LABEL]?.text).toBe(garbage);
  });

  it('keeps nothing once the text is valid again', async () => {
    const { spy, user } = setup(base, { textKey: LABEL });
    type(garbage);
    type('{"type": "object"}');
    expect(spy).toHaveBeenLastCalledWith({ type: 'object' });
    expect(usePendingTextStore.getState().texts).toEqual({});
    await remount(user);
    expect(editorText()).toHaveValue('{\n  "type": "object"\n}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('still lets an outside change replace the kept text', async () => {
    const { user } = setup(base, { textKey: LABEL });
    type('{ nope');
    await user.click(screen.getByRole('button', { name: 'outside change' }));
    await remount(user);
    expect(editorText()).toHaveValue('{\n  "type": "object",\n  "title": "outside"\n}');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('without a textKey, keeps nothing beyond the editor', async () => {
    const { user } = setup(base);
    type(garbage);
    expect(usePendingTextStore.getState().texts).toEqual({});
    await remount(user);
    expect(editorText()).toHaveValue(JSON.stringify(base, null, 2));
  });
});

describe('SchemaEditor, strict-mode panel', () => {
  it('catches a missing additionalProperties: false, and Fix adds it', async () => {
    const { spy, user } = setup(base, { strict: true });
    const panel = screen.getByRole('region', { name: `${LABEL} strict mode` });
    const item = within(panel)
      .getByText(/must set "additionalProperties": false/)
      .closest('li');
    expect(item).not.toBeNull();
    expect(item).toHaveTextContent('1:1');
    await user.click(within(item as HTMLElement).getByRole('button', { name: 'Fix' }));
    expect(spy).toHaveBeenLastCalledWith({ ...base, additionalProperties: false });
    expect(within(panel).getByText(/nothing to fix/)).toBeInTheDocument();
  });

  it('offers required-and-nullable and a Fix all', async () => {
    const { spy, user } = setup({ ...base, required: [] }, { strict: true });
    await user.click(screen.getByRole('button', { name: 'Make required and nullable' }));
    expect(spy).toHaveBeenLastCalledWith({
      ...base,
      properties: { city: { type: ['string', 'null'] } },
      required: ['city'],
    });
    await user.click(screen.getByRole('button', { name: 'Fix all' }));
    expect(spy.mock.lastCall?.[0]).toMatchObject({ additionalProperties: false });
  });

  it('is hidden for a non-strict function, shown with a note in structured mode', () => {
    setup(base);
    expect(screen.queryByRole('region', { name: `${LABEL} strict mode` })).toBeNull();
    render(
      <SchemaEditor
        label="text.format.schema"
        mode="structured"
        strict={false}
        value={base}
        onChange={() => {}}
      />,
    );
    const panel = screen.getByRole('region', { name: 'text.format.schema strict mode' });
    expect(panel).toHaveTextContent('strict is off');
  });
});

describe('SchemaEditor, Visual tab', () => {
  it('adds a property and edits it, two-way with the JSON', async () => {
    const { spy, user } = setup(base, { strict: true });
    await user.click(screen.getByRole('tab', { name: 'Visual' }));
    expect(screen.getByRole('textbox', { name: 'property 1 name' })).toHaveValue('city');
    await user.click(screen.getByRole('button', { name: 'add property' }));
    expect(spy).toHaveBeenLastCalledWith({
      type: 'object',
      properties: { city: { type: 'string' }, field_2: { type: 'string' } },
      required: ['city', 'field_2'],
      additionalProperties: false,
    });
    const name = screen.getByRole('textbox', { name: 'property 2 name' });
    await user.clear(name);
    await user.type(name, 'unit');
    await user.selectOptions(screen.getByRole('combobox', { name: 'property 2 type' }), 'enum');
    await user.type(screen.getByRole('textbox', { name: 'property 2 enum values' }), 'c, f');
    await user.click(screen.getByRole('checkbox', { name: 'property 2 nullable' }));
    expect(spy.mock.lastCall?.[0]).toMatchObject({
      properties: { unit: { type: ['string', 'null'], enum: ['c', 'f', null] } },
      required: ['city', 'unit'],
    });
    await user.click(screen.getByRole('tab', { name: 'JSON' }));
    expect(editorText()).toHaveValue(JSON.stringify(spy.mock.lastCall?.[0], null, 2));
  });

  it('edits nested objects and array items', async () => {
    const { spy, user } = setup(undefined);
    await user.click(screen.getByRole('tab', { name: 'Visual' }));
    await user.click(screen.getByRole('button', { name: 'add property' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'property 1 type' }), 'array');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'property 1 items type' }),
      'object',
    );
    await user.click(screen.getByRole('button', { name: 'add property to property 1 items' }));
    await user.click(screen.getByRole('checkbox', { name: 'property 1 items.1 required' }));
    expect(spy.mock.lastCall?.[0]).toEqual({
      type: 'object',
      properties: {
        field_1: {
          type: 'array',
          items: { type: 'object', properties: { field_1: { type: 'string' } } },
        },
      },
      required: ['field_1'],
    });
    await user.click(screen.getByRole('button', { name: 'remove property 1' }));
    expect(spy).toHaveBeenLastCalledWith({ type: 'object', properties: {} });
  });

  it('says when the root is not an object', async () => {
    const { user } = setup({ anyOf: [{ type: 'string' }] });
    await user.click(screen.getByRole('tab', { name: 'Visual' }));
    expect(screen.getByText(/root of this schema is not an object/)).toBeInTheDocument();
  });
});

describe('SchemaEditor, CodeMirror', () => {
  it('loads CodeMirror lazily where it can lay out, named by the label', async () => {
    // jsdom cannot measure text; stubs let CodeMirror mount so the lazy path is exercised.
    const proto = Range.prototype as Partial<Pick<Range, 'getClientRects'>>;
    proto.getClientRects = () => [] as unknown as DOMRectList;
    render(
      <SchemaEditor label="text.format.schema" strict={false} value={base} onChange={() => {}} />,
    );
    // The textarea stands in while the chunk loads.
    expect(screen.getByRole('textbox', { name: 'text.format.schema' }).tagName).toBe('TEXTAREA');
    await waitFor(() => expect(document.querySelector('.cm-content')).not.toBeNull(), {
      timeout: 5000,
    });
    const content = screen.getByRole('textbox', { name: 'text.format.schema' });
    expect(content).toHaveClass('cm-content');
    expect(content).toHaveTextContent('"city"');
    delete proto.getClientRects;
  });
});
