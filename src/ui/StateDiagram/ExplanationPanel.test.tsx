// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ExplanationPanel } from './ExplanationPanel';

afterEach(cleanup);

describe('ExplanationPanel', () => {
  it('invites a selection when nothing is selected', () => {
    render(<ExplanationPanel selected={null} />);
    expect(screen.getByText(/Select a state or a transition/)).toBeTruthy();
  });

  it('explains a state: meaning, who sees it, how long, what many of them mean', () => {
    render(<ExplanationPanel selected={{ kind: 'state', state: 'CLOSE_WAIT' }} />);
    expect(screen.getByRole('heading', { level: 3, name: 'CLOSE_WAIT' })).toBeTruthy();
    expect(screen.getByText(/waits for this application to call close\(\)/)).toBeTruthy();
    expect(screen.getByText(/passive closer/)).toBeTruthy();
    expect(
      screen.getByRole('heading', { level: 4, name: 'When many sockets are in it' }),
    ).toBeTruthy();
    expect(screen.getByText(/file-descriptor\) leak/)).toBeTruthy();
  });

  it('shows how each system spells the state', () => {
    render(<ExplanationPanel selected={{ kind: 'state', state: 'SYN_RECEIVED' }} />);
    const table = screen.getByRole('table');
    const row = (system: string) =>
      within(table).getByRole('row', { name: new RegExp(`^${system}`) }).textContent;
    expect(row('Linux netstat')).toContain('SYN_RECV');
    expect(row('Linux ss')).toContain('SYN-RECV');
    expect(row('Windows netstat')).toContain('SYN_RECEIVED');
    expect(row('FreeBSD and macOS netstat')).toContain('SYN_RCVD');
    expect(row('Solaris netstat')).toContain('SYN_RECEIVED');
  });

  it('explains a transition, with its RFC label and when this socket took it', () => {
    render(
      <ExplanationPanel
        selected={{ kind: 'edge', id: 'FIN_WAIT_2-TIME_WAIT' }}
        transitions={[{ from: 'FIN_WAIT_2', to: 'TIME_WAIT', t: 2.1, why: 'rcv-fin' }]}
        headingLevel={2}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'FIN_WAIT_2 to TIME_WAIT' })).toBeTruthy();
    expect(screen.getByText('rcv FIN / snd ACK')).toBeTruthy();
    expect(screen.getByText(/we send the last ACK and wait in TIME_WAIT/)).toBeTruthy();
    expect(screen.getByText(/At 2\.100 s: The peer’s FIN arrived/)).toBeTruthy();
  });

  it('labels a reset taken by its cause', () => {
    render(
      <ExplanationPanel
        selected={{ kind: 'edge', id: 'abort-SYN_SENT' }}
        transitions={[
          { from: 'CLOSED', to: 'SYN_SENT', t: 0.1, why: 'connect' },
          { from: 'SYN_SENT', to: 'CLOSED', t: 0.2, why: 'rcv-rst' },
        ]}
      />,
    );
    expect(screen.getByText(/Connection refused/)).toBeTruthy();
    expect(screen.getByText('rcv RST / delete TCB')).toBeTruthy();
    expect(screen.getByText(/Not drawn in the figure: its note 3/)).toBeTruthy();
  });

  it('says when this socket has not taken the transition', () => {
    render(<ExplanationPanel selected={{ kind: 'edge', id: 'FIN_WAIT_1-CLOSING' }} />);
    expect(screen.getByText('Not taken by this socket so far.')).toBeTruthy();
  });
});
