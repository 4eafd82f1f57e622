/**
 * What can be wrong with a capture file, each with a message that names it. `code` lets the app
 * translate the message; `offset` is the byte where the problem starts, when there is one.
 */
export type CaptureErrorCode =
  'not-a-capture' | 'truncated' | 'unsupported-link-type' | 'bad-block' | 'no-tcp' | 'too-large';

export class CaptureError extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    message: string,
    /** The byte of the file where the problem is (not-a-capture, truncated, bad-block). */
    readonly offset?: number,
    /** The link type number, for unsupported-link-type. */
    readonly linkType?: number,
  ) {
    super(message);
    this.name = 'CaptureError';
  }
}
