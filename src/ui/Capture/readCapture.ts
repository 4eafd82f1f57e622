/**
 * Reads a capture file off the main thread (a worker) with progress. The worker keeps the
 * segments and sends the page only the connection list, then the segments of the connections
 * the user picks: a 100 MB capture never crosses to the page whole. Where workers are missing it
 * parses on the main thread in chunks that yield to the event loop, so the page never freezes.
 */
import { CaptureParser, type ParsedCapture } from '../../capture/capture';
import type { Connection } from '../../capture/connections';
import { CaptureError, type CaptureErrorCode } from '../../capture/errors';

export type CaptureFailure = {
  ok: false;
  code: CaptureErrorCode | 'read';
  message: string;
  offset?: number;
  linkType?: number;
};

/** The parse result without the segments (`connections` is empty; ask `connections()`). */
export type ReadResult = { ok: true; capture: ParsedCapture } | CaptureFailure;

export type ToWorker = { type: 'open'; file: Blob } | { type: 'get'; ids: number[]; ask: number };
export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'done'; capture: ParsedCapture }
  | { type: 'error'; error: CaptureFailure }
  | { type: 'connections'; ask: number; connections: Connection[] };

export function errorResult(e: unknown): CaptureFailure {
  if (e instanceof CaptureError) {
    return { ok: false, code: e.code, message: e.message, offset: e.offset, linkType: e.linkType };
  }
  return { ok: false, code: 'read', message: e instanceof Error ? e.message : String(e) };
}

/** The parse loop itself, shared by the worker and the main-thread fallback. */
export async function parseStream(
  file: Blob,
  onProgress: (done: number) => void,
  shouldYield: boolean,
): Promise<ParsedCapture> {
  const parser = new CaptureParser();
  const reader = file.stream().getReader();
  let done = 0;
  let reported = 0;
  for (;;) {
    const { value, done: end } = await reader.read();
    if (end) break;
    parser.push(value);
    done += value.length;
    if (done - reported >= 1 << 20) {
      reported = done;
      onProgress(done);
      if (shouldYield) await new Promise((r) => setTimeout(r, 0));
    }
  }
  onProgress(done);
  return parser.end();
}

export function withoutSegments(capture: ParsedCapture): ParsedCapture {
  return { ...capture, connections: [] };
}

export interface CaptureJob {
  result: Promise<ReadResult>;
  /** The chosen connections with their segments. */
  connections(ids: readonly number[]): Promise<Connection[]>;
  cancel(): void;
}

export function readCapture(file: File, onProgress: (done: number) => void): CaptureJob {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    let full: ParsedCapture | null = null;
    const result = parseStream(
      file,
      (d) => {
        if (cancelled) throw new Error('cancelled');
        onProgress(d);
      },
      true,
    ).then(
      (capture): ReadResult => {
        full = capture;
        return { ok: true, capture: withoutSegments(capture) };
      },
      (e: unknown) => errorResult(e),
    );
    return {
      result,
      connections: async (ids) => full?.connections.filter((c) => ids.includes(c.id)) ?? [],
      cancel: () => (cancelled = true),
    };
  }
  const worker = new Worker(new URL('./capture.worker.ts', import.meta.url), { type: 'module' });
  let settle: (r: ReadResult) => void = () => {};
  const result = new Promise<ReadResult>((resolve) => (settle = resolve));
  const asks = new Map<number, (c: Connection[]) => void>();
  let nextAsk = 1;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(m.done);
    else if (m.type === 'done') settle({ ok: true, capture: m.capture });
    else if (m.type === 'error') {
      worker.terminate();
      settle(m.error);
    } else {
      asks.get(m.ask)?.(m.connections);
      asks.delete(m.ask);
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ ok: false, code: 'read', message: event.message || 'worker failed' });
  };
  const send = (m: ToWorker) => worker.postMessage(m);
  send({ type: 'open', file });
  return {
    result,
    connections: (ids) =>
      new Promise((resolve) => {
        const ask = nextAsk++;
        asks.set(ask, resolve);
        send({ type: 'get', ids: [...ids], ask });
      }),
    cancel: () => {
      worker.terminate();
      settle({ ok: false, code: 'read', message: 'cancelled' });
      for (const resolve of asks.values()) resolve([]);
      asks.clear();
    },
  };
}
