/**
 * Validation of the scenario format (docs/scenario-format.md): every issue is collected with the
 * path of the value at fault, and a valid scenario comes back as a fresh copy of the input.
 */
import { budgetProblem, DEFAULT_END_S } from './budget';
import { describeJsonSyntaxError, findJsonSyntaxError, type JsonSyntaxError } from './jsonSyntax';
import type { Scenario } from './types';
import type { Ctx, Field, Rule } from './validate-rules';
import {
  NAME,
  NAME_TEXT,
  U32_MAX,
  child,
  describe,
  fields,
  int,
  isIpv4,
  isRecord,
  num,
  oneOf,
  opt,
  own,
  report,
  req,
  str,
} from './validate-rules';
import { settingsRule } from './validate-settings';
import { stepsRule } from './validate-steps';

export interface ScenarioIssue {
  /** Where: `steps[3].match.flags`, `settings.delayMs`, `hosts.server`; "" for the whole input. */
  path: string;
  message: string;
  /** For text that is not JSON: where it stops being JSON. */
  json?: JsonSyntaxError;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

export function formatIssues(issues: readonly ScenarioIssue[]): string {
  return issues.map(({ path, message }) => (path ? `${path}: ${message}` : message)).join('\n');
}

export class ScenarioError extends Error {
  override name = 'ScenarioError';
  readonly issues: ScenarioIssue[];

  constructor(issues: ScenarioIssue[]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

const MAX_HOSTS = 4;
const HOSTS = `an object of 1 to ${MAX_HOSTS} hosts, name → IPv4 address`;

/** The declared host names, or null when `hosts` is not an object of 1 to 4 entries. */
function hostNamesOf(hosts: unknown): Set<string> | null {
  if (!isRecord(hosts)) return null;
  const names = Object.keys(hosts);
  if (names.length < 1 || names.length > MAX_HOSTS) return null;
  return new Set(names.filter((name) => NAME.test(name)));
}

const hostsRule: Rule<Record<string, string>> = {
  expected: HOSTS,
  check(v, path, ctx) {
    const count = isRecord(v) ? Object.keys(v).length : -1;
    if (!isRecord(v) || count < 1 || count > MAX_HOSTS) {
      const got = isRecord(v) ? `${count} hosts` : describe(v);
      return report(ctx, path, `expected ${HOSTS}, got ${got}`);
    }
    const before = ctx.issues.length;
    const out: Record<string, string> = {};
    const owners = new Map<string, string>();
    for (const [name, ip] of Object.entries(v)) {
      const at = child(path, name);
      if (!NAME.test(name)) report(ctx, at, `expected a host name: ${NAME_TEXT}`);
      if (typeof ip !== 'string' || !isIpv4(ip)) {
        report(ctx, at, `expected an IPv4 address like "10.0.0.1", got ${describe(ip)}`);
      } else if (owners.has(ip)) {
        report(ctx, at, `the address ${ip} is already the address of ${owners.get(ip)}`);
      } else {
        owners.set(ip, name);
        if (NAME.test(name)) out[name] = ip; // never "__proto__": names start with a letter
      }
    }
    return ctx.issues.length === before ? out : undefined;
  },
};

const TOP: Record<keyof Scenario, Field> = {
  version: req(oneOf([1])),
  title: opt(str(500)),
  description: opt(str(500)),
  profile: opt(oneOf(['linux', 'rfc9293'])),
  seed: opt(int(0, U32_MAX)),
  settings: opt(settingsRule),
  hosts: req(hostsRule),
  steps: req(stepsRule),
  until: opt(num({ above: 0, max: 86_400 })),
};

function validate(input: unknown): ParseResult {
  const ctx: Ctx = { issues: [], hostNames: null };
  if (!isRecord(input)) {
    report(ctx, '', `expected a scenario object, got ${describe(input)}`);
    return { ok: false, issues: ctx.issues };
  }
  ctx.hostNames = hostNamesOf(own(input, 'hosts'));
  const unknown = {
    message: `unknown field; a scenario has ${Object.keys(TOP).join(', ')}`,
    comments: true,
  };
  const scenario = fields(ctx, '', input, TOP, unknown) as unknown as Scenario;
  if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  checkRunEnd(ctx, scenario);
  const tooMuch = budgetProblem(scenario);
  if (tooMuch) report(ctx, '', tooMuch);
  if (ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
  return { ok: true, scenario };
}

/** A step after the end of the run would never happen: said, not silently skipped. */
function checkRunEnd(ctx: Ctx, scenario: Scenario): void {
  const end = scenario.until ?? DEFAULT_END_S;
  const why =
    scenario.until === undefined
      ? `the run ends at ${DEFAULT_END_S} s unless "until" says otherwise (at most 86400)`
      : `the run ends at "until": ${end} s`;
  scenario.steps.forEach((step, i) => {
    if (step.at > end) {
      report(
        ctx,
        `steps[${i}].at`,
        `${step.at} s is after the end of the run, so this step would never happen: ${why}`,
      );
    }
  });
}

/** Validates an already parsed JSON value. Never throws: whatever is wrong comes back as issues. */
export function parseScenario(input: unknown): ParseResult {
  try {
    return validate(input);
  } catch (error) {
    // Only reachable with inputs JSON cannot produce (throwing getters, proxies).
    const reason = error instanceof Error ? error.message : 'unexpected error';
    return { ok: false, issues: [{ path: '', message: `could not be read: ${reason}` }] };
  }
}

export function parseScenarioText(text: string): ParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const json = findJsonSyntaxError(text);
    if (json) {
      const message = `not valid JSON: ${describeJsonSyntaxError(json)}`;
      return { ok: false, issues: [{ path: '', message, json }] };
    }
    // Valid JSON by our scanner that the engine still refused (too deep for its parser).
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: '', message: `could not be read as JSON: ${reason}` }] };
  }
  return parseScenario(input);
}
