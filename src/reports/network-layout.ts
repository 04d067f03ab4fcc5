import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { ExerciseNetworkReport } from './models/exercise-network.js';

export interface LaidOutNode {
  id: string;
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
}

const TICKS = 300;

/**
 * Force-directed layout, deterministic: nodes start on a circle in id order (Japan at the
 * centre, fixed), and the simulation runs a fixed number of ticks without its timer. d3-force's
 * own jiggle uses a seeded random source, so the same network gives the same coordinates.
 */
export function layoutNetwork(m: ExerciseNetworkReport, width: number, height: number): Map<string, LaidOutNode> {
  const cx = width / 2;
  const cy = height / 2;
  const others = m.nodes.filter((n) => n.id !== 'JPN');
  const r0 = Math.min(width, height) * 0.35;
  const nodes: SimNode[] = m.nodes.map((n) => {
    if (n.id === 'JPN') return { id: n.id, x: cx, y: cy, fx: cx, fy: cy };
    const i = others.indexOf(n);
    const a = (2 * Math.PI * i) / Math.max(1, others.length);
    return { id: n.id, x: cx + r0 * Math.cos(a), y: cy + r0 * Math.sin(a) };
  });
  const maxW = Math.max(1, ...m.edges.map((e) => e.weight));
  const links = m.edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const sim = forceSimulation<SimNode>(nodes)
    .force('charge', forceManyBody<SimNode>().strength(-260))
    .force(
      'link',
      forceLink<SimNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance((l) => 150 - 60 * (l.weight / maxW))
        .strength(0.25),
    )
    .force('collide', forceCollide<SimNode>(34))
    .force('x', forceX<SimNode>(cx).strength(0.05))
    .force('y', forceY<SimNode>(cy).strength(0.08))
    .stop();
  sim.tick(TICKS);
  // Fit the drawing to the canvas (enlarging at most 2.5×) so small networks stay readable.
  const padX = 90;
  const padY = 50;
  const xs = nodes.map((n) => n.x ?? cx);
  const ys = nodes.map((n) => n.y ?? cy);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min(2.5, (width - 2 * padX) / Math.max(1, x1 - x0), (height - 2 * padY) / Math.max(1, y1 - y0));
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  const out = new Map<string, LaidOutNode>();
  for (const n of nodes) {
    out.set(n.id, { id: n.id, x: cx + ((n.x ?? cx) - mx) * scale, y: cy + ((n.y ?? cy) - my) * scale });
  }
  return out;
}
