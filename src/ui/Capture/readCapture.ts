/**
 * Reads a capture file off the main thread (a worker) with progress; where workers are missing
 * it parses on the main thread in chunks that yield to the event loop, so the page never freezes.
 */
import { CaptureParser, type ParsedCapture } from '../../capture/capture';
import { CaptureError, type CaptureErrorCode } from '../../capture/errors';

export type ReadResult =
  | { ok: true; capture: ParsedCapture }
  | {
      ok: false;
      code: CaptureErrorCode | 'read';
      message: string;
      offset?: number;
      linkType?: number;
    };

export interface WorkerMessage {
  type: 'progress' | 'done' | 'error';
  done?: number;
  capture?: ParsedCapture;
  error?: Extract<ReadResult, { ok: false }>;
}

export function errorResult(e: unknown): Extract<ReadResult, { ok: false }> {
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

export function readCapture(
  file: File,
  onProgress: (done: number) => void,
): { result: Promise<ReadResult>; cancel(): void } {
  if (typeof Worker === 'undefined') {
    let cancelled = false;
    const result = parseStream(
      file,
      (d) => {
        if (cancelled) throw new Error('cancelled');
        onProgress(d);
      },
      true,
    ).then(
      (capture): ReadResult => ({ ok: true, capture }),
      (e: unknown) => errorResult(e),
    );
    return { result, cancel: () => (cancelled = true) };
  }
  const worker = new Worker(new URL('./capture.worker.ts', import.meta.url), { type: 'module' });
  let settle: (r: ReadResult) => void = () => {};
  const result = new Promise<ReadResult>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
    const m = event.data;
    if (m.type === 'progress') onProgress(m.done ?? 0);
    else {
      worker.terminate();
      settle(m.type === 'done' ? { ok: true, capture: m.capture! } : m.error!);
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({ ok: false, code: 'read', message: event.message || 'worker failed' });
  };
  worker.postMessage(file);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ ok: false, code: 'read', message: 'cancelled' });
    },
  };
}
