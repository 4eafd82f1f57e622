import { describe, expect, it } from 'vitest';
import { TCP_STATES } from '../../sim/state';
import { placeholders } from '../i18n';
import { OS_SPELLINGS } from '../spellings';
import { TRANSITION_IDS } from '../transitions';
import { englishTeachStrings, flattenTeachContent, teachT } from './index';
import { SEND_REASONS, STATE_CAUSES, UI_KEYS, type TeachContent } from './types';

/** Every language module in this folder (en.ts, later ko.ts, zh-CN.ts): file name → its content. */
const modules = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });
const LANGUAGE_FILE = /^\.\/([a-z]{2}(?:-[A-Z]{2})?)\.ts$/;

function isContent(value: unknown): value is TeachContent {
  return typeof value === 'object' && value !== null && 'stateContent' in value && 'ui' in value;
}

const languages = Object.entries(modules)
  .map(([file, mod]) => {
    const lang = LANGUAGE_FILE.exec(file)?.[1];
    return lang ? { lang, file, content: Object.values(mod).find(isContent) } : null;
  })
  .filter((x) => x !== null);

const english = flattenTeachContent(
  languages.find((l) => l.lang === 'en')!.content as TeachContent,
);

describe('the teaching content', () => {
  it('finds the English module among the language modules', () => {
    expect(languages.map((l) => l.lang)).toContain('en');
  });

  it.each(languages)('has every key of the English content in $file, none empty', ({ content }) => {
    expect(content, 'the module exports no TeachContent').toBeDefined();
    const c = content as TeachContent;
    for (const s of TCP_STATES) expect(c.stateContent[s], s).toBeDefined();
    for (const id of TRANSITION_IDS) expect(c.edgeContent[id], id).toBeDefined();
    for (const why of STATE_CAUSES) expect(c.stateCauses[why], why).toBeDefined();
    for (const why of SEND_REASONS) expect(c.segmentReasons[why], why).toBeDefined();
    for (const key of UI_KEYS) expect(c.ui[key], key).toBeDefined();
    const flat = flattenTeachContent(c);
    expect(Object.keys(flat).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(flat)) {
      expect(typeof text === 'string' && text.trim().length > 0, `${key} is empty`).toBe(true);
    }
  });

  it.each(languages)('keeps the placeholders of each English text in $file', ({ content }) => {
    const flat = flattenTeachContent(content as TeachContent);
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(flat[key] ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('has no keys beyond the ones the code uses', () => {
    const c = languages.find((l) => l.lang === 'en')!.content as TeachContent;
    expect(Object.keys(c.edgeContent).sort()).toEqual([...TRANSITION_IDS].sort());
    expect(Object.keys(c.stateCauses).sort()).toEqual([...STATE_CAUSES].sort());
    expect(Object.keys(c.segmentReasons).sort()).toEqual([...SEND_REASONS].sort());
    expect(Object.keys(c.ui).sort()).toEqual([...UI_KEYS].sort());
  });

  it('speaks English through teachT when the app gives no translator', () => {
    const t = teachT();
    expect(t('predict.score', { correct: 3, total: 5 })).toBe('3 of 5');
    expect(t('teach.state.CLOSE_WAIT.inBulk.cause')).toMatch(/leak/);
    expect(t('no.such.key')).toBe('no.such.key');
  });

  it('routes every key through the app translator when one is given', () => {
    const seen: string[] = [];
    const t = teachT((key) => {
      seen.push(key);
      return `[${key}]`;
    });
    expect(t('teach.edge.CLOSED-LISTEN')).toBe('[teach.edge.CLOSED-LISTEN]');
    expect(seen).toEqual(['teach.edge.CLOSED-LISTEN']);
  });

  it('offers its strings as a flat dictionary the app can merge', () => {
    expect(englishTeachStrings['teach.send.rst-no-listener']).toMatch(/Connection refused/);
    expect(englishTeachStrings['teach.cause.timewait-timeout']).toMatch(/60 s/);
  });
});

describe('what the content says', () => {
  const t = teachT();

  it('tells the closer from the other side', () => {
    for (const s of ['FIN_WAIT_1', 'FIN_WAIT_2', 'TIME_WAIT'] as const) {
      expect(t(`teach.state.${s}.side`)).toMatch(/active closer|closes first|close\(\) first/);
    }
    for (const s of ['CLOSE_WAIT', 'LAST_ACK'] as const) {
      expect(t(`teach.state.${s}.side`)).toMatch(/passive closer|did not close first/);
    }
  });

  it('gives Linux’s numbers for how long states last', () => {
    expect(t('teach.state.TIME_WAIT.duration')).toMatch(/60 s/);
    expect(t('teach.state.TIME_WAIT.duration')).toMatch(/2 × MSL/);
    expect(t('teach.state.SYN_SENT.duration')).toMatch(/127 s/);
    expect(t('teach.state.SYN_RECEIVED.duration')).toMatch(/63 s/);
    expect(t('teach.state.FIN_WAIT_2.duration')).toMatch(/tcp_fin_timeout = 60 s/);
  });

  it('tells an operator what a pile of sockets in a state means and what to do', () => {
    expect(t('teach.state.SYN_RECEIVED.inBulk.what')).toMatch(/SYN flood/);
    expect(t('teach.state.SYN_RECEIVED.inBulk.fix')).toMatch(/tcp_syncookies/);
    expect(t('teach.state.SYN_RECEIVED.inBulk.fix')).toMatch(/tcp_max_syn_backlog/);
    expect(t('teach.state.SYN_RECEIVED.inBulk.fix')).toMatch(/block/);
    expect(t('teach.state.CLOSE_WAIT.inBulk.what')).toMatch(/never closes/);
    expect(t('teach.state.TIME_WAIT.inBulk.what')).toMatch(/EADDRNOTAVAIL/);
    expect(t('teach.state.TIME_WAIT.inBulk.what')).toMatch(/Cannot assign requested address/);
    expect(t('teach.state.TIME_WAIT.inBulk.fix')).toMatch(/tcp_tw_reuse/);
    expect(t('teach.state.TIME_WAIT.inBulk.fix')).toMatch(/pool/);
    expect(t('teach.state.FIN_WAIT_1.inBulk.cause')).toMatch(/shutting down/);
    expect(t('teach.state.LAST_ACK.inBulk.cause')).toMatch(/load-test client/);
    expect(t('teach.state.SYN_SENT.inBulk.cause')).toMatch(/firewall/);
    expect(t('teach.state.SYN_SENT.inBulk.cause')).toMatch(/worm/);
    expect(t('teach.state.ESTABLISHED.inBulk.cause')).toMatch(/TLS certificate/);
    expect(t('teach.state.ESTABLISHED.inBulk.cause')).toMatch(/without a FIN/);
  });

  it('spells each state as each system prints it', () => {
    expect(OS_SPELLINGS.SYN_RECEIVED.linuxNetstat).toEqual(['SYN_RECV']);
    expect(OS_SPELLINGS.SYN_RECEIVED.linuxSs).toEqual(['SYN-RECV']);
    expect(OS_SPELLINGS.SYN_RECEIVED.windows).toEqual(['SYN_RECEIVED']);
    expect(OS_SPELLINGS.SYN_RECEIVED.bsd).toEqual(['SYN_RCVD']);
    expect(OS_SPELLINGS.SYN_RECEIVED.solaris).toEqual(['SYN_RECEIVED']);
    expect(OS_SPELLINGS.LISTEN.windows).toEqual(['LISTENING']);
    expect(OS_SPELLINGS.FIN_WAIT_1.linuxNetstat).toEqual(['FIN_WAIT1']);
    expect(OS_SPELLINGS.FIN_WAIT_1.solaris).toEqual(['FIN_WAIT_1']);
    expect(OS_SPELLINGS.CLOSED.solaris).toEqual(['CLOSED', 'IDLE', 'BOUND']);
    expect(OS_SPELLINGS.ESTABLISHED.linuxSs).toEqual(['ESTAB']);
    expect(OS_SPELLINGS.CLOSED.linuxSs).toEqual(['UNCONN']);
    expect(OS_SPELLINGS.SYN_RECEIVED.rfc).toEqual(['SYN-RECEIVED']);
  });
});
