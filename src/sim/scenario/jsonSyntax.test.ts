import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, findJsonSyntaxError, jsonExcerpt } from './jsonSyntax';
import { parseScenarioText } from './validate';

const where = (text: string) => {
  const e = findJsonSyntaxError(text);
  return e && describeJsonSyntaxError(e);
};

describe('where a text stops being JSON', () => {
  it('names line, column, what was expected and what was found', () => {
    const text = '{\n  "version": 1,\n  "hosts": { "a": "10.0.0.1" ]\n}';
    expect(where(text)).toBe('line 3, column 30: expected "," or "}" after a value, found "]\\n}"');
  });

  it('finds a missing value, a trailing comma, an unclosed string and an early end', () => {
    expect(where('{ "a": }')).toBe(
      'line 1, column 8: expected a value (an object, array, string, number, true, false or null), found "}"',
    );
    expect(where('[1, 2,]')).toMatch(/^line 1, column 7: expected a value/);
    expect(where('{ "version": 1,')).toBe(
      'line 1, column 16: expected a property name in double quotes, found end of input',
    );
    expect(where('{"a": "open')).toBe(
      'line 1, column 7: expected a closing " for this string, found "\\"open"',
    );
    expect(where("{ 'a': 1 }")).toMatch(
      /column 3: expected a property name in double quotes or "}"/,
    );
    expect(where('{} x')).toMatch(/column 4: expected the end of the input after the value/);
  });

  it('shows the offending line on one line with a caret under the column', () => {
    const e = findJsonSyntaxError('{"title":\t"ab", "x": ?}\r\n')!;
    expect(jsonExcerpt(e, '')).toBe(`{"title": "ab", "x": ?}\n${' '.repeat(21)}^`);
  });

  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('is what a scenario with a syntax error reports', () => {
    const r = parseScenarioText('{ "version": 1, }');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]!.message).toBe(
      'not valid JSON: line 1, column 17: expected a property name in double quotes, found "}"',
    );
    expect(!r.ok && r.issues[0]!.json).toMatchObject({ line: 1, column: 17 });
  });
});
