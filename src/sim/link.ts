/**
 * The wire's faults: drop rules from the scenario (the n-th segment of a kind) and the firewall a
 * host puts in front of a port. Random loss and the one-way delay are applied in world.transmit.
 */
import type { DropMatch } from './scenario/types';
import { PSH, parseFlags, type Segment } from './segment';
import type { HostState, World } from './world';

export interface DropRule {
  from: string | null;
  flags: number | null;
  data: boolean;
  id: number | null;
  nth: number;
  count: number;
  seen: number;
}

export function dropRule(match: DropMatch, count: number | undefined): DropRule {
  return {
    from: match.from ?? null,
    flags: match.flags ? parseFlags(match.flags) : null,
    data: match.data ?? false,
    id: match.id ?? null,
    nth: match.nth ?? 1,
    count: count ?? match.count ?? 1,
    seen: 0,
  };
}

/** PSH is ignored unless the rule names it: `ACK` matches a pure ACK and a `PSH,ACK` data segment. */
function flagsMatch(rule: number, seg: number): boolean {
  return rule & PSH ? rule === seg : rule === (seg & ~PSH);
}

function ruleMatches(rule: DropRule, seg: Segment, host: HostState | null): boolean {
  if (rule.id !== null) return rule.id === seg.id;
  if (rule.from !== null && rule.from !== host?.name && rule.from !== seg.src.ip) return false;
  if (rule.flags !== null && !flagsMatch(rule.flags, seg.flags)) return false;
  if (rule.data && seg.len === 0) return false;
  return true;
}

/** Counts the segment against every active rule; true when one of them loses it. */
export function matchesDropRule(w: World, seg: Segment, host: HostState | null): boolean {
  let lost = false;
  for (const rule of w.dropRules) {
    if (!ruleMatches(rule, seg, host)) continue;
    rule.seen++;
    if (rule.seen >= rule.nth && rule.seen < rule.nth + rule.count) lost = true;
  }
  return lost;
}
