/**
 * "Diagnose a listing": paste netstat or ss output; see counts per state, local port and remote
 * address, the named patterns with their evidence, meaning and next commands, and "Reproduce
 * this", which opens the matching scenario with the listing's numbers in the simulator.
 */
import { useId, useMemo, useState } from 'react';
import { analyse, type Diagnosis } from '../../diagnose/analyse';
import { evidenceText, meaningText } from '../../diagnose/describe';
import { parseListing, type Listing } from '../../diagnose/parseListing';
import { diagnoseStrings } from '../../diagnose/strings';
import { useFeatureStrings } from '../../i18n/featureStrings';
import { useSimStoreApi } from '../../store';
import { Modal } from '../Bridge/Modal';

function Counts({
  caption,
  head,
  rows,
  count,
}: {
  caption: string;
  head: string;
  rows: [string | number, number][];
  count: string;
}) {
  return (
    <table className="tcpsim-bridge-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{count}</th>
        </tr>
      </thead>
      <tbody>
        {rows.slice(0, 10).map(([k, n]) => (
          <tr key={String(k)}>
            <td>{k}</td>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function DiagnoseDialog({ onClose }: { onClose(): void }) {
  const t = useFeatureStrings(diagnoseStrings);
  const store = useSimStoreApi();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ listing: Listing; d: Diagnosis } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const run = () => {
    setStatus(null);
    if (!text.trim()) {
      setResult(null);
      setError(t('diagnose.error.empty'));
      return;
    }
    const listing = parseListing(text);
    if (listing.rows.length === 0) {
      setResult(null);
      setError(
        t('diagnose.error.garbage', { lines: text.split(/\r?\n/).filter((l) => l.trim()).length }),
      );
      return;
    }
    setError(null);
    setResult({ listing, d: analyse(listing) });
  };

  const findings = useMemo(() => result?.d.findings ?? [], [result]);

  return (
    <Modal label={t('diagnose.title')} closeLabel={t('diagnose.close')} onClose={onClose}>
      <p>
        <label htmlFor={id}>{t('diagnose.paste')}</label>
      </p>
      <textarea
        id={id}
        className="tcpsim-diagnose__text"
        rows={10}
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button type="button" onClick={run}>
          {t('diagnose.run')}
        </button>
      </p>
      {error && (
        <p role="alert" className="tcpsim-bridge-error">
          {error}
        </p>
      )}
      {result && (
        <section aria-label={t('diagnose.findings')}>
          <p role="status">
            {t('diagnose.summary', {
              total: result.d.total,
              format: result.listing.format ?? '?',
              skipped: result.listing.skipped,
            })}
          </p>
          <h3>{t('diagnose.findings')}</h3>
          {findings.length === 0 && <p>{t('diagnose.none')}</p>}
          {findings.map((f) => (
            <article key={f.id} className="tcpsim-diagnose__finding">
              <h4>{t(`diagnose.pattern.${f.id}`)}</h4>
              <dl>
                <dt>{t('diagnose.evidence')}</dt>
                <dd>{evidenceText(f, t)}</dd>
                <dt>{t('diagnose.meaning')}</dt>
                <dd>{meaningText(f, t)}</dd>
                <dt>{t('diagnose.next')}</dt>
                <dd>
                  <pre>
                    <code>{f.commands.join('\n')}</code>
                  </pre>
                </dd>
              </dl>
              <button
                type="button"
                onClick={() => {
                  if (store.getState().loadScenario(f.reproduce.scenario)) {
                    setStatus(
                      t('diagnose.reproduced', { title: f.reproduce.scenario.title ?? '' }),
                    );
                  }
                }}
              >
                {t('diagnose.reproduce')}: {t(`diagnose.pattern.${f.id}`)}
              </button>
            </article>
          ))}
          {status && <p role="status">{status}</p>}
          <div className="tcpsim-diagnose__counts">
            <Counts
              caption={t('diagnose.byState')}
              head={t('diagnose.state')}
              count={t('diagnose.count')}
              rows={result.d.byState}
            />
            <Counts
              caption={t('diagnose.byLocalPort')}
              head={t('diagnose.port')}
              count={t('diagnose.count')}
              rows={result.d.byLocalPort}
            />
            <Counts
              caption={t('diagnose.byRemote')}
              head={t('diagnose.address')}
              count={t('diagnose.count')}
              rows={result.d.byRemote}
            />
          </div>
        </section>
      )}
    </Modal>
  );
}
