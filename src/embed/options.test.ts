import { describe, expect, it } from 'vitest';
import { controlsLevel, heightOf, originsOf, speedOf, themeOf } from './options';

describe('embed options', () => {
  it('reads controls and theme, defaulting to full and auto', () => {
    expect(controlsLevel('minimal')).toBe('minimal');
    expect(controlsLevel('none')).toBe('none');
    expect(controlsLevel('everything')).toBe('full');
    expect(controlsLevel(null)).toBe('full');
    expect(themeOf('dark')).toBe('dark');
    expect(themeOf('purple')).toBe('auto');
  });

  it('reads heights as CSS lengths and refuses anything else', () => {
    expect(heightOf('480')).toBe('480px');
    expect(heightOf('30rem')).toBe('30rem');
    expect(heightOf('80vh')).toBe('80vh');
    expect(heightOf('calc(1px)')).toBeNull();
    expect(heightOf('10px; color: red')).toBeNull();
    expect(heightOf(null)).toBeNull();
  });

  it('bounds a height no screen could show', () => {
    expect(heightOf('1e20px')).toBe('4000px');
    expect(heightOf('1e20')).toBe('4000px');
    expect(heightOf('1e999')).toBe('4000px');
    expect(heightOf('900rem')).toBe('250rem');
    expect(heightOf('500vh')).toBe('100vh');
    expect(heightOf('3999px')).toBe('3999px');
  });

  it('reads speeds', () => {
    expect(speedOf('4')).toBe(4);
    expect(speedOf('0')).toBeNull();
    expect(speedOf('fast')).toBeNull();
    expect(speedOf('')).toBeNull();
  });

  it('keeps exact origins only', () => {
    expect(originsOf('https://docs.example.org, http://localhost:3000')).toEqual([
      'https://docs.example.org',
      'http://localhost:3000',
    ]);
    expect(originsOf('https://docs.example.org/')).toEqual(['https://docs.example.org']);
    expect(originsOf('*')).toEqual([]);
    expect(originsOf('https://docs.example.org/path')).toEqual([]);
    expect(originsOf('javascript:alert(1)')).toEqual([]);
    expect(originsOf(null)).toEqual([]);
  });
});
