import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PARAMS } from '@/api/request/param-catalog.ts';
import { ContextManagementControl } from './structured-controls.tsx';

function renderContextManagement(initial: unknown) {
  const spec = PARAMS.find((p) => p.path === 'context_management');
  if (!spec) throw new Error('context_management is not in the catalogue');
  let latest = initial;
  const Harness = () => {
    const [value, setValue] = useState(initial);
    const set = (next: unknown) => {
      latest = next;
      setValue(next);
    };
    return (
      <ContextManagementControl spec={spec} value={value} set={set} reset={() => set(undefined)} />
    );
  };
  render(<Harness />);
  return { user: userEvent.setup(), value: () => latest };
}

describe('ContextManagementControl', () => {
  it('keeps each character of compact_threshold, with a message while it is not a number', async () => {
    const { user, value } = renderContextManagement([{ type: 'compaction' }]);
    const field = screen.getByLabelText('context_management[0].compact_threshold');
    await user.type(field, '1e');
    expect(field).toHaveValue('1e');
    expect(screen.getByRole('alert')).toHaveTextContent('“1e” is not a number.');
    // The last valid value (from `1`) stays until the text is a number again.
    expect(value()).toEqual([{ type: 'compaction', compact_threshold: 1 }]);
    await user.type(field, '4');
    expect(field).toHaveValue('1e4');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(value()).toEqual([{ type: 'compaction', compact_threshold: 10000 }]);
  });

  it('unsets compact_threshold when the field is emptied', async () => {
    const { user, value } = renderContextManagement([
      { type: 'compaction', compact_threshold: 2000 },
    ]);
    await user.clear(screen.getByLabelText('context_management[0].compact_threshold'));
    expect(value()).toEqual([{ type: 'compaction' }]);
  });
});
