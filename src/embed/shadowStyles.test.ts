// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adaptCss, remToVar } from './shadowStyles';

const squash = (css: string) => css.replace(/\s+/g, ' ').trim();

describe('the CSS adapted to a shadow root', () => {
  it('declares the theme on :host, where a page can override it', () => {
    const css = squash(adaptCss(':where(.tcpsim) { --tcpsim-bg: #fff; } .tcpsim { color: red; }'));
    expect(css).toContain(':host { --tcpsim-bg: #fff; }');
    expect(css).toContain('.tcpsim { color: red; }');
    expect(css).not.toContain(':where(.tcpsim)');
  });

  it('lets the theme attribute force or refuse the dark rules', () => {
    const css = squash(
      adaptCss(
        '@media (prefers-color-scheme: dark) { :where(.tcpsim) { --tcpsim-bg: #000; } .x { color: white; } }',
      ),
    );
    expect(css).toContain(
      "@media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { --tcpsim-bg: #000; } :host(:not([theme='light'])) .x { color: white; } }",
    );
    expect(css).toContain(":host([theme='dark']) { --tcpsim-bg: #000; }");
    expect(css).toContain(":host([theme='dark']) .x { color: white; }");
  });

  it('turns width media queries into container queries, and leaves others', () => {
    const css = squash(
      adaptCss(
        '@media (max-width: 599px) { .a { margin: 0; } } @media (forced-colors: active) { .b { color: red; } }',
      ),
    );
    expect(css).toContain('@container (max-width: 599px) { .a { margin: 0px; } }');
    expect(css).toContain('@media (forced-colors: active)');
  });

  it('measures rem from --tcpsim-rem, not from the page', () => {
    expect(remToVar('padding: 0.5rem 1rem; width: calc(100% - 2.25rem);')).toBe(
      'padding: calc(0.5 * var(--tcpsim-rem)) calc(1 * var(--tcpsim-rem)); width: calc(100% - calc(2.25 * var(--tcpsim-rem)));',
    );
    expect(remToVar('font: 12px/1.2 serif; --lane: 3.9rem')).toBe(
      'font: 12px/1.2 serif; --lane: calc(3.9 * var(--tcpsim-rem))',
    );
  });
});
