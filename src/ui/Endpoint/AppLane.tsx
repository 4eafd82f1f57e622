import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CallEvent } from '../../sim/trace';
import { useLocale } from '../../i18n';
import { useSimStore } from '../../store';
import { errnoMeaning } from '../format/errno';

const SHOWN_CALLS = 4;
/** A call this recent (simulated seconds) is highlighted: it just happened. */
const FRESH = 0.3;

function CallLine({ call, fresh }: { call: CallEvent; fresh: boolean }) {
  const { t, format } = useLocale();
  const entry =
    call.bytes !== undefined
      ? t('call.entryBytes', {
          call: call.call,
          bytes: format.integer(call.bytes),
          socket: call.socket,
        })
      : t('call.entry', { call: call.call, socket: call.socket });
  const result =
    call.result === 'ok'
      ? t('call.ok')
      : t('call.failed', { result: call.result, meaning: errnoMeaning(t, call.result) });
  return (
    <li
      className="call"
      data-fresh={fresh ? 'true' : undefined}
      data-ok={call.result === 'ok' ? 'true' : undefined}
    >
      <span className="call__entry tcpsim-mono">{entry}</span>{' '}
      <span className="call__result">{result}</span>{' '}
      <span className="call__at">{t('call.at', { time: format.seconds(call.t) })}</span>
    </li>
  );
}

/** The application's own lane: its latest system calls and what they returned. */
export function AppLane({ host }: { host: string }) {
  const { t } = useLocale();
  const headingId = useId();
  const calls = useSimStore(useShallow((s) => s.index.callsBefore(host, s.time, SHOWN_CALLS)));
  const kernel = useSimStore((s) => s.index.kernelBefore(host, s.time));
  // How many of them just happened: changes a few times a second, not every frame.
  const fresh = useSimStore((s) => calls.filter((c) => c.t >= s.time - FRESH).length);
  return (
    <div className="applane" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="applane__title">
        {t('endpoint.app')}
      </h3>
      {calls.length === 0 ? (
        <p className="applane__idle">{t('endpoint.appIdle')}</p>
      ) : (
        <ol className="applane__calls">
          {calls.map((call, i) => (
            <CallLine
              key={`${call.t}/${i}/${call.socket}`}
              call={call}
              fresh={i >= calls.length - fresh}
            />
          ))}
        </ol>
      )}
      {kernel && (
        <p className="applane__kernel">
          <strong>{t('endpoint.kernel')}</strong> <span className="tcpsim-mono">{kernel.text}</span>
        </p>
      )}
    </div>
  );
}
