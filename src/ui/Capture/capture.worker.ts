/** Parses a capture file off the main thread, posting progress as the bytes go through. */
import { errorResult, parseStream, type WorkerMessage } from './readCapture';

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (event: MessageEvent<Blob>) => {
  try {
    const capture = await parseStream(
      event.data,
      (done) => post({ type: 'progress', done }),
      false,
    );
    post({ type: 'done', capture });
  } catch (e) {
    post({ type: 'error', error: errorResult(e) });
  }
};
