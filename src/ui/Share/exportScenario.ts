/**
 * A run as a scenario file: the scenario with the user's recorded actions appended to its steps.
 * The core runs a scenario's steps and then the recorded actions of the same instant, in order, so
 * the file replays the same run (exportScenario.test.ts checks the traces are identical).
 */
import type { Scenario, Step } from '../../sim/scenario/types';

export function exportedScenario(scenario: Scenario, actions: readonly Step[]): Scenario {
  return { ...scenario, steps: [...scenario.steps, ...actions] };
}

/** `<title>.json`, without characters file systems refuse. */
export function exportFileName(title: string | undefined, fallback: string): string {
  const cleaned = (title ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return `${cleaned || fallback}.json`;
}
