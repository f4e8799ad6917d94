import { describe, expect, it } from 'vitest';
import {
  base64ImageSrc,
  classifyImageSource,
  dataUrlBytes,
  markdownUrlTransform,
  MAX_DATA_IMAGE_BYTES,
  safeLinkHref,
} from './safe-url.ts';

const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('safeLinkHref', () => {
  it.each([
    ['https://example.com/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://EXAMPLE.com/Path', 'https://example.com/Path'],
    ['  https://example.com/  ', 'https://example.com/'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['MailTo:someone@example.com', 'mailto:someone@example.com'],
  ])('links %j', (url, href) => {
    expect(safeLinkHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '\tjavascript:alert(1)',
    ' \n javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript://example.com/%0Aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    'blob:https://example.com/uuid',
    '/relative/path',
    'relative.html',
    '#fragment',
    '//example.com/protocol-relative',
    '',
    '   ',
  ])('shows %j as text', (url) => {
    expect(safeLinkHref(url)).toBeNull();
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com'], true]) {
      expect(safeLinkHref(value)).toBeNull();
    }
  });
});

describe('classifyImageSource', () => {
  it('renders small raster data images directly', () => {
    const src = `data:image/png;base64,${PNG_1PX}`;
    expect(classifyImageSource(src)).toEqual({ kind: 'data', src });
    expect(classifyImageSource(`  DATA:IMAGE/JPEG;base64,${PNG_1PX}`).kind).toBe('data');
  });

  it('holds back remote http(s) images', () => {
    expect(classifyImageSource('https://example.com/cat.png')).toEqual({
      kind: 'remote',
      url: 'https://example.com/cat.png',
    });
    expect(classifyImageSource('http://example.com/cat.png').kind).toBe('remote');
  });

  it('refuses other schemes, SVG and HTML data, and relative sources', () => {
    for (const src of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<img src=x onerror=alert(1)>',
      'data:image/svg+xml,<svg onload="alert(1)"/>',
      'vbscript:msgbox(1)',
      'file:///tmp/a.png',
      '/img/a.png',
      'a.png',
      42,
      null,
    ]) {
      expect(classifyImageSource(src), String(src)).toEqual({ kind: 'blocked' });
    }
  });

  it('refuses data images over 2 MB', () => {
    const payload = 'A'.repeat(Math.ceil(((MAX_DATA_IMAGE_BYTES + 3) * 4) / 3));
    const result = classifyImageSource(`data:image/png;base64,${payload}`);
    expect(result.kind).toBe('too-large');
    const exact = 'A'.repeat((MAX_DATA_IMAGE_BYTES / 3) * 4);
    expect(classifyImageSource(`data:image/png;base64,${exact}`).kind).toBe('data');
  });
});

describe('dataUrlBytes', () => {
  it('measures base64 and percent-encoded payloads', () => {
    expect(dataUrlBytes('data:image/png;base64,AAAA')).toBe(3);
    expect(dataUrlBytes('data:image/png;base64,AAA=')).toBe(2);
    expect(dataUrlBytes('data:image/png;base64,AA==')).toBe(1);
    expect(dataUrlBytes('data:image/bmp,ab%20c')).toBe(4);
  });
});

describe('base64ImageSrc', () => {
  it('makes a PNG data URL by default and honours output_format', () => {
    expect(base64ImageSrc(PNG_1PX, undefined)).toEqual({
      kind: 'data',
      src: `data:image/png;base64,${PNG_1PX}`,
    });
    expect(base64ImageSrc(PNG_1PX, 'webp')).toMatchObject({
      src: expect.stringMatching(/^data:image\/webp;base64,/) as unknown,
    });
    expect(base64ImageSrc(PNG_1PX, 'constructor')).toMatchObject({
      src: expect.stringMatching(/^data:image\/png;base64,/) as unknown,
    });
  });

  it('keeps any payload inside an image data URL, refuses non-strings, respects the size cap', () => {
    // Markup in the payload stays bytes of an image: a broken image at worst.
    expect(base64ImageSrc('abc"><script>', 'png')).toEqual({
      kind: 'data',
      src: 'data:image/png;base64,abc"><script>',
    });
    expect(base64ImageSrc('', 'png').kind).toBe('blocked');
    expect(base64ImageSrc(null, 'png').kind).toBe('blocked');
    expect(base64ImageSrc('AAAA'.repeat(10), 'png', 10).kind).toBe('too-large');
  });
});

describe('markdownUrlTransform', () => {
  it('keeps safe hrefs and image sources, empties the rest', () => {
    expect(markdownUrlTransform('https://example.com', 'href')).toBe('https://example.com/');
    expect(markdownUrlTransform('javascript:alert(1)', 'href')).toBe('');
    expect(markdownUrlTransform('#user-content-fn-1', 'href')).toBe('');
    expect(markdownUrlTransform('https://example.com/a.png', 'src')).toBe(
      'https://example.com/a.png',
    );
    expect(markdownUrlTransform(`data:image/png;base64,${PNG_1PX}`, 'src')).toBe(
      `data:image/png;base64,${PNG_1PX}`,
    );
    expect(markdownUrlTransform('data:text/html,hi', 'src')).toBe('');
    expect(markdownUrlTransform('https://example.com', 'cite')).toBe('');
  });
});
