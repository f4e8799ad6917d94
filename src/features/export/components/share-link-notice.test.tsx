import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeShareLink } from '@/api/export/share-link.ts';
import { ShareLinkNotice } from './share-link-notice.tsx';

afterEach(() => history.replaceState(null, '', '/'));

describe('ShareLinkNotice', () => {
  it('loads a shared request, removes the fragment and can restore the previous draft', async () => {
    const user = userEvent.setup();
    const link = await encodeShareLink({ model: 'shared', input: 'from a link' }, location.href);
    if (!link.ok) throw new Error(link.error);
    history.replaceState(null, '', new URL(link.url).hash);
    const replace = vi.fn();
    render(<ShareLinkNotice current={() => ({ model: 'mine' })} replace={replace} />);
    await waitFor(() =>
      expect(replace).toHaveBeenCalledWith({ model: 'shared', input: 'from a link' }),
    );
    expect(location.hash).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent('Loaded the shared request');
    await user.click(screen.getByRole('button', { name: 'Restore my previous draft' }));
    expect(replace).toHaveBeenLastCalledWith({ model: 'mine' });
  });

  it('a damaged link leaves the draft alone and says why', async () => {
    history.replaceState(null, '', '#share=1.AAAA');
    const replace = vi.fn();
    render(<ShareLinkNotice current={() => ({})} replace={replace} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The share link could not be opened: This share link is damaged',
    );
    expect(replace).not.toHaveBeenCalled();
  });
});
