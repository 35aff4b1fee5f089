import { LayoutNode, NODE_SPACING, radialLayout } from '../../web/explore/graphLayout';
import { placeLabels } from '../../web/explore/labelPlacement';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('the radial layout', () => {
  const nodes: LayoutNode[] = [
    { id: 'mars', hop: 0, kind: 'Target', sortKey: 'Mars' },
    ...Array.from({ length: 60 }, (_, index): LayoutNode => ({ id: `m${index}`, hop: 1, kind: 'Mission', sortKey: `${1960 + index}` })),
    ...Array.from({ length: 12 }, (_, index): LayoutNode => ({ id: `site${index}`, hop: 1, kind: 'Target', sortKey: `Site ${index}` })),
    ...Array.from({ length: 15 }, (_, index): LayoutNode => ({ id: `a${index}`, hop: 2, kind: 'Agency', sortKey: `Agency ${index}` })),
    ...Array.from({ length: 25 }, (_, index): LayoutNode => ({ id: `t${index}`, hop: 2, kind: 'Target', sortKey: `Target ${index}` })),
  ];
  const links = nodes.slice(1, 61).flatMap((mission, index) => [
    { from: mission.id, to: 'mars' },
    { from: mission.id, to: `a${index % 15}` },
    { from: mission.id, to: `t${index % 25}` },
  ]);
  const positions = radialLayout(nodes, links);
  const radius = (id: string) => distance(positions.get(id)!, { x: 0, y: 0 });

  it('puts the focus in the middle and every node somewhere, the same way every time', () => {
    expect(positions.get('mars')).toEqual({ x: 0, y: 0 });
    expect(positions.size).toBe(nodes.length);
    expect(radialLayout(nodes, links)).toEqual(positions);
  });

  it('never puts two nodes on top of each other', () => {
    const placed = [...positions.values()];
    let closest = Infinity;
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) closest = Math.min(closest, distance(placed[i], placed[j]));
    expect(closest).toBeGreaterThanOrEqual(NODE_SPACING * 0.7);
  });

  it('keeps the hops on rings of their own and, past the first, each kind in a band of its own', () => {
    const band = (prefix: string) => nodes.filter((node) => node.id.startsWith(prefix) && /\d$/.test(node.id)).map((node) => radius(node.id));
    const [missions, agencies, targets] = [band('m'), band('a'), band('t')];
    expect(Math.max(...missions)).toBeLessThan(Math.min(...agencies));
    expect(Math.max(...agencies)).toBeLessThan(Math.min(...targets));
  });

  it('goes round the first ring from the top in launch order', () => {
    const angle = (id: string) => {
      const { x, y } = positions.get(id)!;
      return (Math.atan2(y, x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    };
    expect(angle('m0')).toBeLessThan(angle('m10'));
    expect(angle('m10')).toBeLessThan(angle('m40'));
  });
});

describe('the label placement', () => {
  const box = (x1: number, y1: number, width: number, height: number) => ({ x1, y1, x2: x1 + width, y2: y1 + height });
  const canvas = box(0, 0, 500, 500);
  const label = (id: string, x: number, y: number, always = false) => ({
    id,
    body: box(x - 10, y - 10, 20, 20),
    places: [box(x - 40, y + 12, 80, 14), box(x - 40, y - 26, 80, 14), box(x + 12, y - 7, 80, 14), box(x - 92, y - 7, 80, 14)],
    always,
  });

  it('shows the important labels first and moves or hides those that would cover them', () => {
    const shown = placeLabels([label('first', 100, 100), label('beside', 130, 100), label('far', 300, 300)], canvas);
    expect(shown.get('first')).toBe(0);
    expect(shown.get('far')).toBe(0);
    // Below it runs into the first one's label: above is free.
    expect(shown.get('beside')).toBe(1);
  });

  it('hides a label that would leave the canvas or has no free place, but never the hovered or the selected one', () => {
    const shown = placeLabels([label('a', 100, 100), label('b', 101, 100), label('edge', 495, 250), label('selected', 102, 100, true)], canvas);
    expect(shown.has('selected')).toBe(true);
    expect(shown.has('b')).toBe(false);
    expect(shown.has('edge')).toBe(true);
    expect(shown.get('edge')).toBe(3);
  });
});
