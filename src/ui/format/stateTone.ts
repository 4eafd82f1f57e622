import type { TcpState } from '../../sim/state';

/** A colour family per state (a second cue: the name is always written too). */
export type StateTone = 'listen' | 'opening' | 'open' | 'closing' | 'waiting' | 'closed';

const TONES: Record<TcpState, StateTone> = {
  CLOSED: 'closed',
  LISTEN: 'listen',
  SYN_SENT: 'opening',
  SYN_RECEIVED: 'opening',
  ESTABLISHED: 'open',
  FIN_WAIT_1: 'closing',
  FIN_WAIT_2: 'closing',
  CLOSE_WAIT: 'closing',
  CLOSING: 'closing',
  LAST_ACK: 'closing',
  TIME_WAIT: 'waiting',
};

export function stateTone(state: TcpState): StateTone {
  return TONES[state];
}
