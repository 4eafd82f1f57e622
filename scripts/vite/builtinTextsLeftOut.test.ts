import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_IDS, BUILTIN_SCENARIOS } from '../../src/sim/scenario/builtins/index';
import { withoutBuiltinTexts } from './builtinTextsLeftOut';

const dir = join(import.meta.dirname, '..', '..', 'src', 'sim', 'scenario', 'builtins');

describe("the embed's built-ins", () => {
  it('lose only their English title and description: the run is the same scenario', () => {
    for (const id of BUILTIN_IDS) {
      const slim = JSON.parse(withoutBuiltinTexts(readFileSync(join(dir, `${id}.json`), 'utf8')));
      expect(slim.title, id).toBeUndefined();
      expect(slim.description, id).toBeUndefined();
      const { title: _title, description: _description, ...rest } = BUILTIN_SCENARIOS[id];
      expect(slim, id).toEqual(JSON.parse(JSON.stringify(rest)));
    }
  });
});
