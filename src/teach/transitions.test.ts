import { describe, expect, it } from 'vitest';
import { runScenario } from '../sim/simulation';
import { BUILTIN_IDS, BUILTIN_SCENARIOS } from '../sim/scenario/builtins';
import { LEGAL_TRANSITIONS, TCP_STATES } from '../sim/state';
import type { StateEvent } from '../sim/trace';
import {
  labelFor,
  labelText,
  transitionById,
  transitionFor,
  TRANSITIONS,
  TRANSITION_IDS,
} from './transitions';

describe('the RFC transitions', () => {
  it('draw every transition the core allows', () => {
    for (const from of TCP_STATES) {
      for (const to of LEGAL_TRANSITIONS[from]) {
        expect(
          TRANSITIONS.some((tr) => tr.from === from && tr.to === to),
          `${from} → ${to}`,
        ).toBe(true);
      }
    }
  });

  it('only draw transitions the core allows', () => {
    for (const tr of TRANSITIONS) expect(LEGAL_TRANSITIONS[tr.from], tr.id).toContain(tr.to);
  });

  it('carry the RFC’s own labels', () => {
    const label = (id: string) => labelText(transitionById(id)!);
    expect(label('LISTEN-SYN_RECEIVED')).toBe('rcv SYN / snd SYN,ACK');
    expect(label('ESTABLISHED-FIN_WAIT_1')).toBe('CLOSE / snd FIN');
    expect(label('FIN_WAIT_1-FIN_WAIT_2')).toBe('rcv ACK of FIN / x');
    expect(label('TIME_WAIT-CLOSED')).toBe('Timeout=2MSL / delete TCB');
    expect(label('FIN_WAIT_1-TIME_WAIT')).toBe('rcv FIN, ACK of our FIN / snd ACK');
    expect(label('SYN_RECEIVED-LISTEN')).toBe('rcv RST (note 1)');
    expect(transitionById('FIN_WAIT_1-TIME_WAIT')!.kind).toBe('note');
  });

  it('map each state change to the arrow it walked', () => {
    expect(transitionFor('ESTABLISHED', 'FIN_WAIT_1', 'close')).toBe('ESTABLISHED-FIN_WAIT_1');
    expect(transitionFor('FIN_WAIT_1', 'TIME_WAIT', 'rcv-fin-ack')).toBe('FIN_WAIT_1-TIME_WAIT');
    expect(transitionFor('LAST_ACK', 'CLOSED', 'rcv-ack-of-fin')).toBe('LAST_ACK-CLOSED');
    expect(transitionFor('LAST_ACK', 'CLOSED', 'retries-exhausted')).toBe('abort-LAST_ACK');
    expect(transitionFor('SYN_SENT', 'CLOSED', 'rcv-rst')).toBe('abort-SYN_SENT');
    expect(transitionFor('SYN_SENT', 'CLOSED', 'close')).toBe('SYN_SENT-CLOSED');
    expect(transitionFor('TIME_WAIT', 'CLOSED', 'timewait-timeout')).toBe('TIME_WAIT-CLOSED');
    expect(transitionFor('TIME_WAIT', 'CLOSED', 'timewait-reuse')).toBe('abort-TIME_WAIT');
    expect(transitionFor('LISTEN', 'SYN_RECEIVED', 'syncookie')).toBe('LISTEN-SYN_RECEIVED');
    expect(transitionFor('TIME_WAIT', 'ESTABLISHED', 'rcv-syn')).toBeNull();
  });

  it('label a way out to CLOSED by the reason it was taken', () => {
    expect(labelText(labelFor('abort-SYN_SENT', 'rcv-rst'))).toBe('rcv RST / delete TCB');
    expect(labelText(labelFor('abort-FIN_WAIT_2', 'finwait2-timeout'))).toBe(
      'Timeout=tcp_fin_timeout / delete TCB',
    );
    expect(labelText(labelFor('abort-ESTABLISHED', 'abort'))).toBe('ABORT / snd RST');
    expect(labelText(labelFor('abort-SYN_SENT', 'abort'))).toBe('ABORT / delete TCB');
    expect(labelText(labelFor('ESTABLISHED-CLOSE_WAIT', 'rcv-fin'))).toBe('rcv FIN / snd ACK');
  });

  it('have unique ids', () => {
    expect(new Set(TRANSITION_IDS).size).toBe(TRANSITION_IDS.length);
  });

  it.each(BUILTIN_IDS.filter((id) => id !== 'port-exhaustion'))(
    'find an arrow for every state change of the %s scenario',
    (id) => {
      const trace = runScenario(BUILTIN_SCENARIOS[id]);
      for (const e of trace.filter((x): x is StateEvent => x.type === 'state')) {
        const edge = transitionFor(e.from, e.to, e.why);
        expect(edge, `${e.from} → ${e.to} (${e.why})`).not.toBeNull();
        const tr = transitionById(edge!)!;
        expect([tr.from, tr.to]).toEqual([e.from, e.to]);
      }
    },
  );
});
