import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ItemErrorBoundary } from './item-error-boundary.tsx';

function Broken(): never {
  throw new Error('renderer bug');
}

it('shows the item as JSON when its renderer throws, and retries with the next version', () => {
  // React reports the caught error on the console; that is expected here.
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const item = { type: 'message', id: 'msg_1' };
  const { rerender } = render(
    <ItemErrorBoundary item={item}>
      <Broken />
    </ItemErrorBoundary>,
  );
  expect(screen.getByText('This item could not be rendered.')).toBeInTheDocument();
  expect(screen.getByText(/"id": "msg_1"/)).toBeInTheDocument();

  rerender(
    <ItemErrorBoundary item={{ ...item, status: 'completed' }}>
      <p>fine now</p>
    </ItemErrorBoundary>,
  );
  expect(screen.getByText('fine now')).toBeInTheDocument();
  errors.mockRestore();
});
