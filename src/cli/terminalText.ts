/**
 * Text from a scenario made safe for a terminal: a title is the user's text, and an ANSI escape,
 * NUL, CR or any other control character in it would be obeyed by the terminal (recolour, move
 * the cursor, overwrite the line). Each becomes a visible escape instead: `\x1b`, `\x00`, `\r`.
 * Bidirectional overrides are shown the same way, so a title cannot reorder the line it is on.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalText(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}
