import { describe, expect, it } from 'vitest';
import { Dictionary } from './traceDictionary';
import { sliceTable, tableBytes, textId, wordId } from './traceWriter';

describe('the trace dictionary', () => {
  it('gives back every text exactly, whatever its shape', () => {
    const d = new Dictionary();
    const texts = [
      '192.168.123.10:40000',
      '10.0.0.80:80>192.168.123.10:40000',
      '10.0.0.80:80>*',
      '192.168.123.10:*>10.0.0.80:80',
      'req#12',
      'web',
      'req#007',
      '0',
      '1234567890',
      'a>b>c',
      '>',
      '',
      '*',
    ];
    const ids = texts.map((s) => textId(d, s));
    expect(ids.map((id) => d.textAt(id))).toEqual(texts);
  });

  it('stores addresses and numbered names by their few distinct heads', () => {
    const d = new Dictionary();
    for (let port = 32768; port < 42768; port++) {
      textId(d, `192.168.123.10:${port}>10.0.0.80:80`);
      textId(d, `req#${port}`);
    }
    expect(d.words).toEqual(['192.168.123.10:', '10.0.0.80:', 'req#']);
    expect(tableBytes(d.texts)).toBeLessThan(20_000 * 12);
  });

  it('finds a recent text again, and an old one under a new id that reads the same', () => {
    const d = new Dictionary();
    const first = textId(d, '10.0.0.80:80>*');
    expect(textId(d, '10.0.0.80:80>*')).toBe(first);
    for (let i = 0; i < 10_000; i++) textId(d, `c#${i}`);
    const again = textId(d, '10.0.0.80:80>*');
    expect(d.textAt(again)).toBe('10.0.0.80:80>*');
  });

  it('rebuilds the same words and texts from what another dictionary added', () => {
    const a = new Dictionary();
    const b = new Dictionary();
    wordId(a, 'server');
    textId(a, '10.0.0.80:80');
    b.append(a.words.slice(), sliceTable(a.texts, 0, a.texts.length));
    const mark = { words: a.words.length, texts: a.texts.length };
    const id = textId(a, 'req#5>x');
    wordId(a, 'ACK');
    b.append(a.words.slice(mark.words), sliceTable(a.texts, mark.texts, a.texts.length));
    expect(b.textAt(id)).toBe('req#5>x');
    expect(b.words).toEqual(a.words);
  });
});
