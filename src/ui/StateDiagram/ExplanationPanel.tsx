/**
 * What the diagram's selection means: for a state, its meaning, who sees it, how long it lasts,
 * what many sockets in it tell an operator, and how each system spells it; for a transition, its
 * RFC label, why it happens, and when (and why) this socket took it.
 */
import type { ReactElement, ReactNode } from 'react';
import { causeKey, edgeKey, stateKey, teachT } from '../../teach/content';
import { secondsText, type Translate } from '../../teach/i18n';
import { OS_SPELLINGS, SYSTEMS } from '../../teach/spellings';
import { labelFor, labelText, transitionById, transitionFor } from '../../teach/transitions';
import type { DiagramSelection, DiagramTransition } from './diagramModel';
import './ExplanationPanel.css';

export interface ExplanationPanelProps {
  selected: DiagramSelection | null;
  /** The selected socket's state changes so far, to tell when it took the selected transition. */
  transitions?: readonly DiagramTransition[];
  t?: Translate;
  /** The level of the panel's heading (its sections use the next one). Default 3. */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
}

function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(6, level)}` as 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  return (
    <Tag id={id} className="tcpsim-explain-heading">
      {children}
    </Tag>
  );
}

export function ExplanationPanel({
  selected,
  transitions = [],
  t,
  headingLevel = 3,
  className,
}: ExplanationPanelProps): ReactElement {
  const tr = teachT(t);
  const classes = ['tcpsim-explain', className].filter(Boolean).join(' ');

  if (!selected) {
    return (
      <section className={classes} data-testid="explanation-panel">
        <p className="tcpsim-explain-empty">{tr('explain.empty')}</p>
      </section>
    );
  }

  if (selected.kind === 'state') {
    const s = selected.state;
    const spell = OS_SPELLINGS[s];
    return (
      <section className={classes} aria-label={s} data-testid="explanation-panel">
        <Heading level={headingLevel}>{s}</Heading>
        <dl className="tcpsim-explain-facts">
          <dt>{tr('explain.meaning')}</dt>
          <dd>{tr(stateKey(s, 'meaning'))}</dd>
          <dt>{tr('explain.side')}</dt>
          <dd>{tr(stateKey(s, 'side'))}</dd>
          <dt>{tr('explain.duration')}</dt>
          <dd>{tr(stateKey(s, 'duration'))}</dd>
        </dl>
        <Heading level={headingLevel + 1}>{tr('explain.inBulk')}</Heading>
        <dl className="tcpsim-explain-facts">
          <dt>{tr('explain.bulk.what')}</dt>
          <dd>{tr(stateKey(s, 'inBulk.what'))}</dd>
          <dt>{tr('explain.bulk.cause')}</dt>
          <dd>{tr(stateKey(s, 'inBulk.cause'))}</dd>
          <dt>{tr('explain.bulk.fix')}</dt>
          <dd>{tr(stateKey(s, 'inBulk.fix'))}</dd>
        </dl>
        <Heading level={headingLevel + 1}>{tr('explain.spellings')}</Heading>
        <table className="tcpsim-explain-spellings">
          <thead>
            <tr>
              <th scope="col">{tr('explain.spellings.system')}</th>
              <th scope="col">{tr('explain.spellings.name')}</th>
            </tr>
          </thead>
          <tbody>
            {SYSTEMS.map((sys) => (
              <tr key={sys}>
                <th scope="row">{tr(`explain.system.${sys}`)}</th>
                <td>
                  {spell[sys].map((name, i) => (
                    <span key={name}>
                      {i > 0 && ', '}
                      <code>{name}</code>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>{tr(stateKey(s, 'spellings'))}</p>
      </section>
    );
  }

  const edge = transitionById(selected.id);
  if (!edge) {
    return (
      <section className={classes} data-testid="explanation-panel">
        <p className="tcpsim-explain-empty">{tr('explain.empty')}</p>
      </section>
    );
  }
  const taken = transitions.filter((x) => transitionFor(x.from, x.to, x.why) === edge.id);
  const title = tr('explain.edge.title', { from: edge.from, to: edge.to });
  return (
    <section className={classes} aria-label={title} data-testid="explanation-panel">
      <Heading level={headingLevel}>{title}</Heading>
      <p className="tcpsim-explain-label">
        <span className="tcpsim-explain-label-name">{tr('explain.edge.label')}</span>{' '}
        <code>{labelText(edge)}</code>
      </p>
      <p className="tcpsim-explain-kind">{tr(`explain.edge.kind.${edge.kind}`)}</p>
      <Heading level={headingLevel + 1}>{tr('explain.edge.why')}</Heading>
      <p>{tr(edgeKey(edge.id))}</p>
      <Heading level={headingLevel + 1}>{tr('explain.edge.taken')}</Heading>
      {taken.length === 0 ? (
        <p>{tr('explain.edge.notTaken')}</p>
      ) : (
        <ul className="tcpsim-explain-taken">
          {taken.map((x, i) => (
            <li key={`${x.t}-${i}`}>
              {tr('explain.edge.takenAt', {
                time: tr('diagram.seconds', { value: secondsText(x.t) }),
                cause: tr(causeKey(x.why)),
              })}
              {edge.kind === 'abort' && (
                <>
                  {' '}
                  <code>{labelText(labelFor(edge.id, x.why))}</code>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {edge.kind !== 'figure' && (
        <p className="tcpsim-explain-source">
          {tr('explain.edge.source', { source: edge.source })}
        </p>
      )}
    </section>
  );
}
