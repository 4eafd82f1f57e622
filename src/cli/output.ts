/**
 * Output written in bounded chunks with backpressure: text is gathered up to CHUNK characters,
 * handed to the writer, and when the writer says to wait (a slow pipe, a full disk buffer) the
 * run waits too, so memory stays bounded however long the run's output is.
 */
export type Chunk = string | Uint8Array;

/** Writes a chunk; a promise means "wait for it before writing more". */
export type Writer = (chunk: Chunk) => void | Promise<void>;

const CHUNK = 64 * 1024;

export class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: Writer) {}

  /** Adds a line (a newline is appended); resolves at once unless the chunk had to wait. */
  line(text: string): void | Promise<void> {
    this.push(text);
    return this.flushIfFull();
  }

  /** Adds a line without writing: the caller waits on flushIfFull() when it can. */
  push(text: string): void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
  }

  flushIfFull(): void | Promise<void> {
    if (this.size >= CHUNK) return this.flush();
  }

  bytes(data: Uint8Array): void | Promise<void> {
    const pending = this.size > 0 ? this.flush() : undefined;
    if (pending) return pending.then(() => this.write(data));
    return this.write(data);
  }

  flush(): void | Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return this.write(text);
  }
}

/** A Writer for a Node stream: waits for 'drain' when write() says its buffer is full. */
export function streamWriter(stream: NodeJS.WritableStream): Writer {
  return (chunk) => {
    if (stream.write(chunk)) return;
    return new Promise<void>((resolve, reject) => {
      const done = (err?: unknown) => {
        stream.off('drain', done);
        stream.off('error', done);
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    });
  };
}
