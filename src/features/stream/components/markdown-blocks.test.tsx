import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { MarkdownBlocks } from './markdown-blocks.tsx';

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('MarkdownBlocks security', () => {
  it('does not request a remote image until "Load image" is clicked', async () => {
    const user = userEvent.setup();
    const url = 'https://tracker.example.com/pixel.png?user=1';
    const { container } = render(<MarkdownBlocks text={`Look: ![a cat](${url})`} />);

    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector(`img[src="${url}"]`)).toBeNull();
    expect(screen.getByText(url)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load image' }));
    const img = screen.getByRole('img', { name: 'a cat' });
    expect(img).toHaveAttribute('src', url);
    expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
    expect(screen.queryByRole('button', { name: 'Load image' })).toBeNull();
  });

  it('renders a <script> in model text as text', () => {
    const { container } = render(
      <MarkdownBlocks text={'Hi <script>alert(1)</script> and <img src=x onerror="alert(2)">'} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<script>alert(1)</script>');
    expect(container).toHaveTextContent('<img src=x onerror="alert(2)">');
  });

  it('renders a block of raw HTML as text too', () => {
    const { container } = render(
      <MarkdownBlocks
        text={'<div onclick="alert(1)">\n<iframe src="https://evil.example"></iframe>\n</div>'}
      />,
    );
    expect(container.querySelector('iframe, div[onclick]')).toBeNull();
    expect(container).toHaveTextContent('<iframe src="https://evil.example"></iframe>');
  });

  it('opens http(s) and mailto links in a new tab without opener or referrer', () => {
    render(
      <MarkdownBlocks text="[docs](https://example.com/docs) and [mail](mailto:a@example.com)" />,
    );
    const link = screen.getByRole('link', { name: 'docs' });
    expect(link).toHaveAttribute('href', 'https://example.com/docs');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute(
      'href',
      'mailto:a@example.com',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '/relative',
  ])('shows a [link](%s) as plain text', (url) => {
    const { container } = render(<MarkdownBlocks text={`[click me](<${url}>)`} />);
    expect(container.querySelector('a')).toBeNull();
    expect(screen.getByText('click me')).toBeInTheDocument();
  });

  it('renders a small data: image directly, and not an HTML or oversized one', () => {
    const { container } = render(
      <MarkdownBlocks
        text={[
          `![dot](data:image/png;base64,${PNG_1PX})`,
          '![page](data:text/html;base64,PHNjcmlwdD4=)',
          `![huge](data:image/png;base64,${'A'.repeat(3_000_000)})`,
        ].join('\n\n')}
      />,
    );
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]).toHaveAttribute('src', `data:image/png;base64,${PNG_1PX}`);
    expect(container).toHaveTextContent('[image: page]');
    expect(container).toHaveTextContent('[image: huge]');
  });
});
