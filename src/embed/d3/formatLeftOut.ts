/**
 * d3-format, left out of the embed build (aliased in vite.embed.config.ts): about 2 KB gzip.
 *
 * d3-scale's linear scale imports it for one method, `scale.tickFormat()`, which the views never
 * call: tick labels go through the dictionary's number formats (Intl, src/i18n/translate.ts), so
 * they follow the reader's language. formatLeftOut.test.ts fails if a view starts calling
 * tickFormat; should one ever need it, drop the alias instead of filling this in.
 */
function leftOut(..._args: unknown[]): never {
  throw new Error(
    'd3-format is not in the embed build (src/embed/d3/formatLeftOut.ts): format numbers with the dictionary (Intl).',
  );
}

export const format = leftOut;
export const formatPrefix = leftOut;
export const formatSpecifier = leftOut;
export const precisionFixed = leftOut;
export const precisionPrefix = leftOut;
export const precisionRound = leftOut;
