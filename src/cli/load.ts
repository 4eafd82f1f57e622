/**
 * Where a scenario comes from: a built-in name, a file (relative to the directory the user ran the
 * command from), or standard input ("-"). Whatever is wrong is a ScenarioInputError: the CLI
 * prints it and exits 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { BUILTIN_IDS, BUILTIN_SCENARIOS, isBuiltinId } from '../sim/scenario/builtins';
import { jsonExcerpt } from '../sim/scenario/jsonSyntax';
import type { Scenario } from '../sim/scenario/types';
import { formatIssues, parseScenarioText } from '../sim/scenario/validate';

/** The same limit as the app's file and pasted imports. */
export const MAX_SCENARIO_BYTES = 2_000_000;

export class ScenarioInputError extends Error {}

/**
 * The directory paths are relative to. `npm run sim` runs in the package's root, so npm's
 * INIT_CWD (where the user typed the command) is used then; run any other way, the process's own
 * directory is the user's.
 */
export function userDirectory(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.npm_lifecycle_event === 'sim' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

export interface ScenarioSource {
  /** The user's directory, for relative paths. */
  cwd: string;
  /** Standard input read to its end, or null when it holds more than `limit` bytes. */
  readStdin: (limit: number) => Promise<string | null>;
}

function tooLarge(what: string): ScenarioInputError {
  return new ScenarioInputError(
    `${what} holds more than ${MAX_SCENARIO_BYTES.toLocaleString('en-US')} bytes: a scenario is at most 2 MB`,
  );
}

function readScenarioFile(ref: string, cwd: string): string {
  const path = isAbsolute(ref) ? ref : resolve(cwd, ref);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new ScenarioInputError(`${ref} is not a file`);
    size = stat.size;
  } catch (err) {
    if (err instanceof ScenarioInputError) throw err;
    throw new ScenarioInputError(
      `"${ref}" is neither a built-in scenario nor a readable file (looked for ${path}). Built-ins: ${BUILTIN_IDS.join(', ')}`,
    );
  }
  if (size > MAX_SCENARIO_BYTES) throw tooLarge(ref);
  return readFileSync(path, 'utf8');
}

export async function loadScenario(ref: string, source: ScenarioSource): Promise<Scenario> {
  if (isBuiltinId(ref)) return BUILTIN_SCENARIOS[ref];
  const name = ref === '-' ? '<stdin>' : ref;
  let text: string;
  if (ref === '-') {
    const input = await source.readStdin(MAX_SCENARIO_BYTES);
    if (input === null) throw tooLarge('standard input');
    text = input;
  } else {
    text = readScenarioFile(ref, source.cwd);
  }
  const parsed = parseScenarioText(text);
  if (parsed.ok) return parsed.scenario;
  const [first] = parsed.issues;
  if (first?.json) {
    const j = first.json;
    throw new ScenarioInputError(
      `${name}:${j.line}:${j.column}: not valid JSON: expected ${j.expected}, found ${j.found}\n${jsonExcerpt(j)}`,
    );
  }
  throw new ScenarioInputError(
    `${name}: the scenario is not valid:\n${formatIssues(parsed.issues)}`,
  );
}
