/**
 * Parses a capture file off the main thread, posting progress as the bytes go through; keeps the
 * segments and answers with those of the connections the page asks for.
 */
import type { ParsedCapture } from '../../capture/capture';
import {
  errorResult,
  parseStream,
  withoutSegments,
  type FromWorker,
  type ToWorker,
} from './readCapture';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let capture: ParsedCapture | null = null;

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const m = event.data;
  if (m.type === 'get') {
    const connections = capture?.connections.filter((c) => m.ids.includes(c.id)) ?? [];
    post({ type: 'connections', ask: m.ask, connections });
    return;
  }
  try {
    capture = await parseStream(m.file, (done) => post({ type: 'progress', done }), false);
    post({ type: 'done', capture: withoutSegments(capture) });
  } catch (e) {
    post({ type: 'error', error: errorResult(e) });
  }
};
