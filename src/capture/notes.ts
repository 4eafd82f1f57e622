/** The notes of an import in English, for the command line (the app translates them). */
import type { CaptureNote } from './infer';
import type { Ending } from './connections';

export function noteText(n: CaptureNote): string {
  switch (n.kind) {
    case 'one-sided':
      return `Captured on the ${n.at}: the moments of ${n.far} are estimated (one-way delay ≈ ${n.delayMs} ms, half the shortest round trip seen from the capture point).`;
    case 'capture-point-unknown':
      return 'Where the capture was taken is unknown (no complete handshake): both sides are drawn at the moment the capture saw each segment.';
    case 'mid-connection':
      return `The capture starts mid-connection (frame ${n.frame}): both sides are assumed ESTABLISHED before it.`;
    case 'missing':
      return `Segments are missing before frame ${n.frame}: ${n.bytes} bytes from the ${n.from} were never captured.`;
    case 'retransmission':
      return `Frame ${n.frame} retransmits frame ${n.of} (from the ${n.from}): a segment or its ACK was lost.`;
    case 'ends-open':
      return `The capture ends before the connection does: ${n.states}.`;
  }
}

export const ENDING_TEXT: Record<Ending, string> = {
  closed: 'closed (FIN both ways)',
  'half-closed': 'half-closed (one FIN)',
  reset: 'reset (RST)',
  refused: 'refused (SYN answered by RST)',
  unanswered: 'unanswered SYN',
  open: 'still open',
};
