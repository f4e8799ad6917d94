import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabList, TabPanel, type TabItem } from './tabs.tsx';

type Id = 'a' | 'b' | 'c';
const TABS: readonly TabItem<Id>[] = [
  { id: 'a', label: 'Alpha' },
  { id: 'b', label: 'Beta' },
  { id: 'c', label: 'Gamma' },
];

function Harness() {
  const [selected, setSelected] = useState<Id>('a');
  return (
    <>
      <button type="button">before</button>
      <TabList
        label="letters"
        tabs={TABS}
        selected={selected}
        onSelect={setSelected}
        idPrefix="t"
      />
      <TabPanel idPrefix="t" selected={selected}>
        <button type="button">inside {selected}</button>
      </TabPanel>
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('TabList', () => {
  it('names the list and ties each tab to the panel', () => {
    render(<Harness />);
    expect(screen.getByRole('tablist', { name: 'letters' })).toBeInTheDocument();
    const panel = screen.getByRole('tabpanel', { name: 'Alpha' });
    for (const t of screen.getAllByRole('tab'))
      expect(t).toHaveAttribute('aria-controls', panel.id);
  });

  it('puts only the selected tab in the Tab order', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.tab();
    await user.tab();
    expect(tab('Alpha')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'inside a' })).toHaveFocus();
    expect(tab('Beta')).toHaveAttribute('tabindex', '-1');
  });

  it('selects and focuses with arrow keys (wrapping), Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    tab('Alpha').focus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Beta')).toHaveFocus();
    expect(tab('Beta')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Beta')).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('tabpanel', { name: 'Beta' })).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(tab('Gamma')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tab('Alpha')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tab('Gamma')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tab('Alpha')).toHaveFocus();
    expect(tab('Alpha')).toHaveAttribute('aria-selected', 'true');
  });
});
