/**
 * A colour and a dash per state: Okabe–Ito colours from the theme's custom properties
 * (--tcpsim-state-syn-received, …); states that share a colour differ by dash, so colour is
 * never the only cue.
 */
import type { TcpState } from '../../sim/state';

const STYLES: Record<TcpState, { colour: string; dash?: string }> = {
  CLOSED: { colour: '#999999', dash: '1 3' },
  LISTEN: { colour: 'currentColor', dash: '1 3' },
  SYN_SENT: { colour: '#56B4E9', dash: '6 3' },
  SYN_RECEIVED: { colour: '#D55E00' },
  ESTABLISHED: { colour: '#009E73' },
  FIN_WAIT_1: { colour: '#E69F00', dash: '2 2' },
  FIN_WAIT_2: { colour: '#CC79A7', dash: '6 3' },
  CLOSE_WAIT: { colour: '#0072B2' },
  CLOSING: { colour: '#56B4E9', dash: '2 2' },
  LAST_ACK: { colour: '#CC79A7' },
  TIME_WAIT: { colour: '#E69F00' },
};

export function stateColour(state: TcpState): string {
  return `var(--tcpsim-state-${state.toLowerCase().replace(/_/g, '-')}, ${STYLES[state].colour})`;
}

export function stateDash(state: TcpState): string | undefined {
  return STYLES[state].dash;
}
