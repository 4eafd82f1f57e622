import { EndpointPanel } from '../../Endpoint/EndpointPanel';
import { Hero } from '../Hero/Hero';
import './Stage.css';

/**
 * The instrument's body: the left host, the wire and the ladder, the right host, in the order
 * the ladder draws them, so each host stands beside its own lifeline. Hosts past the second (a
 * flood's spoofed sources are not hosts; a scenario may still name a third) go under the hosts.
 *
 * Each column sits in a plain block cell of the grid: a grid or flex item is never a layout
 * boundary in Chromium, however contained, while a contained block child of one is (Stage.css).
 */
export function Stage({
  hosts,
  wire = true,
}: {
  hosts: readonly { name: string }[];
  wire?: boolean;
}) {
  const [left, right, ...others] = hosts;
  return (
    <div className="tcpsim-stage" data-others={others.length > 0 ? 'true' : undefined}>
      <div className="tcpsim-stage__cell tcpsim-stage__cell--left">
        <div className="tcpsim-stage__host">
          {left && <EndpointPanel name={left.name} side="left" />}
          {others.map((h) => (
            <EndpointPanel key={h.name} name={h.name} side="left" />
          ))}
        </div>
      </div>
      <div className="tcpsim-stage__cell tcpsim-stage__cell--hero">
        <Hero wire={wire} />
      </div>
      <div className="tcpsim-stage__cell tcpsim-stage__cell--right">
        <div className="tcpsim-stage__host">
          {right && <EndpointPanel name={right.name} side="right" />}
        </div>
      </div>
    </div>
  );
}
