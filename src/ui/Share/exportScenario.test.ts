import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../sim/scenario/builtins/index';
import { parseScenarioText } from '../../sim/scenario/validate';
import { createSimulation } from '../../sim/simulation';
import { createSimStore } from '../../store';
import { exportedScenario, exportFileName } from './exportScenario';

describe('exported scenario', () => {
  it('replays the same run as the scenario with its recorded actions', () => {
    const store = createSimStore({ builtinId: 'handshake-and-close' });
    store.getState().seek(1.5);
    store.getState().act({ do: 'close', host: 'server', socket: 'web' });
    const s = store.getState();
    const text = JSON.stringify(exportedScenario(s.scenario, s.actions));
    const parsed = parseScenarioText(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const sim = createSimulation(parsed.scenario);
    sim.run();
    expect(JSON.stringify(sim.trace)).toBe(JSON.stringify(s.trace));
  });

  it('leaves the scenario itself alone', () => {
    const scenario = BUILTIN_SCENARIOS['no-listener'];
    const before = scenario.steps.length;
    exportedScenario(scenario, [{ at: 1, do: 'drop', match: { id: 1 } }]);
    expect(scenario.steps.length).toBe(before);
  });

  it('names the file after the title, without characters file systems refuse', () => {
    expect(exportFileName("Handshake and close (RFC 793's numbers)", 'x')).toBe(
      "Handshake and close (RFC 793's numbers).json",
    );
    expect(exportFileName('a/b: c?*', 'x')).toBe('a b c.json');
    expect(exportFileName('  ..  ', 'scenario')).toBe('scenario.json');
    expect(exportFileName(undefined, 'scenario')).toBe('scenario.json');
    expect(exportFileName('마지막 ACK', 'x')).toBe('마지막 ACK.json');
  });
});
