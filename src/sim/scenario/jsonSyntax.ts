/**
 * Where a JSON text stops being JSON: line, column, what was expected and what was found. Engines
 * word JSON.parse errors differently (and Node 20 often gives no position at all), so the first
 * error is found here by a small scanner of our own: iterative, so no nesting depth overflows it.
 */
export interface JsonSyntaxError {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  /** "expected ',' or '}' after a value". */
  expected: string;
  /** What stands there: `"]"`, `end of input`. */
  found: string;
  /** The line, cut to about 80 characters around the column, and the column within it. */
  excerpt: { text: string; column: number };
}

const WS = new Set([' ', '\t', '\n', '\r']);

function locate(text: string, offset: number, expected: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const column = offset - lineStart + 1;
  const from = Math.max(lineStart, offset - 40);
  const to = Math.min(lineEnd, offset + 40);
  const raw = text.slice(from, to).replace(/\r$/, '');
  const found =
    offset >= text.length ? 'end of input' : JSON.stringify(text.slice(offset, offset + 12));
  return {
    line,
    column,
    expected,
    found,
    // Control characters and tabs shown as spaces, so the excerpt stays on one terminal line.
    // eslint-disable-next-line no-control-regex -- control characters are what is replaced
    excerpt: { text: raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' '), column: offset - from + 1 },
  };
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/** The first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  /** After an opening bracket: what closes it. */
  const stack: ('}' | ']')[] = [];
  // The scanner's state: what must come next.
  let want: 'value' | 'key' | 'key-or-end' | 'value-or-end' | 'after-value' = 'value';
  for (;;) {
    skip();
    const c = text[i];
    if (want === 'after-value') {
      const close = stack[stack.length - 1];
      if (close === undefined) {
        return i < text.length ? locate(text, i, 'the end of the input after the value') : null;
      }
      if (c === ',') {
        i++;
        want = close === '}' ? 'key' : 'value';
      } else if (c === close) {
        i++;
        stack.pop();
      } else {
        return locate(text, i, `"," or "${close}" after a value`);
      }
      continue;
    }
    if (want === 'key' || want === 'key-or-end') {
      if (want === 'key-or-end' && c === '}') {
        i++;
        stack.pop();
        want = 'after-value';
        continue;
      }
      if (c !== '"') {
        return locate(
          text,
          i,
          want === 'key'
            ? 'a property name in double quotes'
            : 'a property name in double quotes or "}"',
        );
      }
      const err = scanString();
      if (err) return err;
      skip();
      if (text[i] !== ':') return locate(text, i, '":" after a property name');
      i++;
      want = 'value';
      continue;
    }
    // A value.
    if (want === 'value-or-end' && c === ']') {
      i++;
      stack.pop();
      want = 'after-value';
      continue;
    }
    if (c === '{') {
      i++;
      stack.push('}');
      want = 'key-or-end';
    } else if (c === '[') {
      i++;
      stack.push(']');
      want = 'value-or-end';
    } else if (c === '"') {
      const err = scanString();
      if (err) return err;
      want = 'after-value';
    } else if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return locate(text, i, 'a number');
      i = NUMBER.lastIndex;
      want = 'after-value';
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
      want = 'after-value';
    } else if (text.startsWith('false', i)) {
      i += 5;
      want = 'after-value';
    } else {
      return locate(text, i, 'a value (an object, array, string, number, true, false or null)');
    }
  }

  function scanString(): JsonSyntaxError | null {
    const start = i;
    STRING_BODY.lastIndex = i + 1;
    STRING_BODY.test(text);
    i = STRING_BODY.lastIndex;
    if (text[i] === '"') {
      i++;
      return null;
    }
    if (i >= text.length) return locate(text, start, 'a closing " for this string');
    return locate(text, i, 'a character allowed in a string (escape \\ and control characters)');
  }
}

/** `line 3, column 15: expected ..., found "]"`, on one line. */
export function describeJsonSyntaxError(e: JsonSyntaxError): string {
  return `line ${e.line}, column ${e.column}: expected ${e.expected}, found ${e.found}`;
}

/** The excerpt and a caret under the column, for a terminal. */
export function jsonExcerpt(e: JsonSyntaxError, indent = '    '): string {
  return `${indent}${e.excerpt.text}\n${indent}${' '.repeat(e.excerpt.column - 1)}^`;
}
