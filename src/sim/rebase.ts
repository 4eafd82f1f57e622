/**
 * A checkpoint given other recorded actions: the world as createSimulation(scenario, { actions })
 * would have it at the checkpoint's instant, so that a user's action re-runs from the nearest
 * checkpoint instead of from t = 0 (docs/architecture.md, rule 4).
 *
 * Both runs are the same up to the checkpoint when every step carried out so far is the same, in
 * the same order, and every step that differs (added, or removed from the future) comes after the
 * last event carried out. They then differ only in what is still queued:
 *
 * - The step events. createWorld schedules step i as the i-th event ever (insertion number i),
 *   so the steps still to come are queued again from the new list, each with its index there.
 * - The insertion numbers of everything else, the tie-break between events at one instant. All of
 *   it was scheduled after the steps, in the same order in both runs: with S steps before and S'
 *   after, event number n becomes n − S + S'. Relative order among them is unchanged, and every
 *   step still precedes them at an equal time, as in a run from scratch.
 *
 * Nothing else depends on the steps: step events draw no random numbers until they run, and
 * events already queued (a connect step's next connection, a flood's next SYN) name steps
 * already carried out, whose index is the same in both lists.
 */
import type { Scenario, Step } from './scenario/types';
import { queueOf } from './scheduler';
import { fromSeconds } from './time';
import type { SimEvent, World } from './world';
import { cloneWorld } from './clone';

/** Steps in the order they run: by time, the scenario's own before recorded actions at a tie. */
export function orderSteps(scenario: Scenario, actions: readonly Step[]): Step[] {
  return [...scenario.steps, ...actions]
    .map((step, order) => ({ step, order }))
    .sort((a, b) => a.step.at - b.step.at || a.order - b.order)
    .map(({ step }) => step);
}

function sameStep(a: Step, b: Step): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** An independent copy of w with these actions instead of its own, or null (see above). */
export function rebaseWorld(w: World, actions: readonly Step[]): World | null {
  const steps = orderSteps(w.scenario, actions);
  const queued = new Set<number>();
  for (const ev of w.queue.heap) if (ev.k === 'step') queued.add(ev.step);
  // Steps run in index order, so those carried out are the first `done`.
  let done = 0;
  while (done < w.steps.length && !queued.has(done)) done++;
  if (steps.length < done) return null;
  for (let i = 0; i < done; i++) if (!sameStep(steps[i]!, w.steps[i]!)) return null;
  for (let i = done; i < steps.length; i++) {
    if (fromSeconds(steps[i]!.at) <= w.lastEventAt) return null;
  }

  const shift = steps.length - w.steps.length;
  const q = w.queue;
  const entries: { event: SimEvent; at: number; order: number }[] = [];
  for (let i = 0; i < q.heap.length; i++) {
    const event = q.heap[i]!;
    if (event.k !== 'step') entries.push({ event, at: q.at[i]!, order: q.order[i]! + shift });
  }
  for (let i = done; i < steps.length; i++) {
    entries.push({ event: { k: 'step', step: i }, at: fromSeconds(steps[i]!.at), order: i });
  }
  return { ...cloneWorld(w), steps, queue: queueOf(entries, q.nextOrder + shift) };
}
