import type { MessageKey, Translate } from '../../i18n';

const KNOWN = new Set([
  'EOF',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EADDRNOTAVAIL',
  'ECONNRESET',
  'EPIPE',
  'ENOTCONN',
  'EBADF',
  'EAGAIN',
]);

/** What an errno means in words; an errno the dictionary does not know is shown as is. */
export function errnoMeaning(t: Translate, errno: string): string {
  return KNOWN.has(errno) ? t(`errno.${errno}` as MessageKey) : errno;
}
