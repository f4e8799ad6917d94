// In-page instruments for the streaming figures. Each function is serialized into the page
// (addInitScript / evaluate), so it must not use anything from its module scope.

export interface ProbeOptions {
  /** Keep the bytes and watch the screen (the delta → paint run); off for the main-thread runs. */
  record: boolean;
  /** The element whose subtree changes as text is rendered (watched for mutations). */
  watch: string;
  /** The element(s) holding the rendered markdown; the last match is read. */
  text: string;
  /** Overrides the local server's pace for the request (`x-local-pace`), e.g. `1000` tokens/s. */
  pace?: string;
}

export interface ProbeResult {
  arrivals: number[];
  byteLengths: number[];
  bytesBase64: string;
  streamEnd: number | null;
  /** [time of a DOM change, the rendered text's last letters and digits at that time]. */
  tails: [number, string][];
  /** Times right after each frame's paint (a message posted from requestAnimationFrame). */
  paints: number[];
  /** Letters and digits of the whole rendered text at the end. */
  finalText: string;
  longTasks: number[];
}

interface PostTask {
  postTask: (task: () => void, options: { priority: 'user-blocking' }) => Promise<void>;
}

interface Probe {
  options: ProbeOptions;
  arrivals: number[];
  chunks: Uint8Array[];
  streamEnd: number | null;
  ended: Promise<void>;
  tails: [number, string][];
  paints: number[];
  painting: boolean;
  longTasks: number[];
}

/**
 * Wraps `fetch` so an event-stream body is read through a pass-through stream that notes when
 * each chunk reached the page's JavaScript (its arrival) and when the body ended (also as
 * performance marks, for traced runs: see trace-phases.ts). In record mode
 * it also keeps the bytes, records every frame's paint and the rendered text's tail on each DOM
 * change, from outside the app: the app exposes nothing for this.
 */
export function installStreamProbe(options: ProbeOptions): void {
  let ended!: () => void;
  const probe: Probe = {
    options,
    arrivals: [],
    chunks: [],
    streamEnd: null,
    ended: new Promise<void>((resolve) => (ended = resolve)),
    tails: [],
    paints: [],
    painting: false,
    longTasks: [],
  };
  (window as unknown as { __probe: Probe }).__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  const alnumTail = (root: Element | null, want: number): string => {
    if (!root) return '';
    let node: Node | null = root;
    while (node.lastChild) node = node.lastChild;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    walker.currentNode = node;
    let tail = '';
    for (let n: Node | null = node; n && tail.length < want; n = walker.previousNode()) {
      if (n.nodeType === Node.TEXT_NODE)
        tail = (n.nodeValue ?? '').replace(/[^\p{L}\p{N}]/gu, '') + tail;
    }
    return tail.slice(-want);
  };

  const watchScreen = () => {
    // Posted from each frame's requestAnimationFrame at the highest task priority, so it runs as
    // soon as that frame is painted, ahead of the stream's queued network tasks.
    const scheduler = (window as unknown as { scheduler?: PostTask }).scheduler;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => probe.paints.push(performance.now());
    const afterPaint = scheduler
      ? () =>
          void scheduler.postTask(() => probe.paints.push(performance.now()), {
            priority: 'user-blocking',
          })
      : () => channel.port2.postMessage(null);
    const frame = () => {
      if (!probe.painting) return;
      afterPaint();
      requestAnimationFrame(frame);
    };
    probe.painting = true;
    requestAnimationFrame(frame);
    const target = document.querySelector(options.watch);
    if (!target) return;
    new MutationObserver(() => {
      const texts = document.querySelectorAll(options.text);
      probe.tails.push([performance.now(), alnumTail(texts[texts.length - 1] ?? null, 64)]);
    }).observe(target, { subtree: true, childList: true, characterData: true });
  };

  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (options.pace && headers.has('x-local-pace')) headers.set('x-local-pace', options.pace);
    const response = await originalFetch(input, { ...init, headers });
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || !type.includes('text/event-stream')) return response;
    if (options.record) watchScreen();
    // A byte stream, like fetch's own body, so the page may read it as it reads fetch's: with a
    // BYOB reader of its chosen size, or a default reader that takes whatever has arrived.
    const reader = response.body.getReader({ mode: 'byob' });
    const body = new ReadableStream(
      {
        type: 'bytes',
        async pull(controller) {
          const request = controller.byobRequest;
          const size = request?.view?.byteLength ?? 1 << 22;
          let read: ReadableStreamReadResult<Uint8Array>;
          try {
            read = await reader.read(new Uint8Array(size));
          } catch (error) {
            // Aborted (the capped naive baseline stops its stream): that is its end too.
            probe.streamEnd = performance.now();
            ended();
            throw error;
          }
          const at = performance.now();
          if (read.done || !read.value) {
            performance.mark('bench:stream-end');
            probe.streamEnd = at;
            ended();
            controller.close();
            controller.byobRequest?.respond(0);
            return;
          }
          const value = read.value;
          if (probe.arrivals.length === 0) performance.mark('bench:first-byte');
          probe.arrivals.push(at);
          if (options.record) probe.chunks.push(value);
          const view = controller.byobRequest?.view;
          if (view) {
            new Uint8Array(view.buffer, view.byteOffset, view.byteLength).set(value);
            controller.byobRequest.respond(value.byteLength);
          } else controller.enqueue(value as Uint8Array<ArrayBuffer>);
        },
        cancel: (reason) => reader.cancel(reason),
      },
      // No read-ahead: a chunk is pulled (and timed) only when the page asks for one, as with
      // fetch's own body. Reading ahead would stamp a chunk as arrived while the page is still
      // busy with the one before.
      { highWaterMark: 0 },
    );
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

/**
 * Clicks the page's start button (by its text), then resolves once the stream has ended, `done`
 * matches and a frame has been painted: the measured span is click → that paint.
 */
export function startAndWait(args: { button: string; done: string; doneText: string }) {
  const probe = (window as unknown as { __probe: Probe }).__probe;
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  const button = [...document.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === args.button,
  );
  if (!button) throw new Error(`no button ${args.button}`);
  const started = performance.now();
  button.click();
  return probe.ended.then(async () => {
    // Checked once per frame, and only after the body ended: nothing runs during the stream.
    for (let frames = 0; frames < 600; frames++) {
      const found = document.querySelector(args.done);
      if (found?.textContent?.includes(args.doneText)) break;
      await afterPaint();
    }
    const done = await afterPaint();
    probe.painting = false;
    return { started, done, streamEnd: probe.streamEnd ?? done };
  });
}

/** What the record-mode probe collected (bytes as base64: one string crosses to Node cheaply). */
export function collectProbe(): ProbeResult {
  const probe = (window as unknown as { __probe: Probe }).__probe;
  const texts = document.querySelectorAll(probe.options.text);
  const last = texts[texts.length - 1];
  const total = probe.chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let offset = 0;
  for (const chunk of probe.chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  let binary = '';
  for (let i = 0; i < all.length; i += 0x8000)
    binary += String.fromCharCode(...all.subarray(i, i + 0x8000));
  return {
    arrivals: probe.arrivals,
    byteLengths: probe.chunks.map((c) => c.length),
    bytesBase64: btoa(binary),
    streamEnd: probe.streamEnd,
    tails: probe.tails,
    paints: probe.paints,
    finalText: (last?.textContent ?? '').replace(/[^\p{L}\p{N}]/gu, ''),
    longTasks: probe.longTasks,
  };
}
