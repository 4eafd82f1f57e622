import type { TcpState } from '../sim/state';

/**
 * A child socket's first change is written `LISTEN → …` and a reset child may go back to
 * `LISTEN`; for counting, LISTEN belongs only to listeners (`ip:port>*`).
 */
export function countedState(state: TcpState, socket: string): TcpState {
  return state === 'LISTEN' && !socket.endsWith('>*') ? 'CLOSED' : state;
}
