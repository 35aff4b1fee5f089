const CLICK_TOLERANCE_PX = 5;

export interface BrushHandlers {
  /** The reader dragged across the tracks from one fraction of the time scale to another (0 to 1, in order). */
  brushed(from: number, to: number): void;
  /** The reader pressed and let go without dragging: a click on what was under the pointer. */
  clicked(target: Element): void;
}

/**
 * Dragging across the tracks of the timeline selects a time range: `layer`
 * spans the tracks exactly and holds the brush rectangle. Works with a
 * mouse, a pen or a finger (pointer events); the keyboard has the year fields.
 */
export function attachBrush(plot: HTMLElement, layer: HTMLElement, brush: HTMLElement, handlers: BrushHandlers): void {
  let start: { x: number; fraction: number; target: Element } | null = null;
  const fractionAt = (clientX: number) => {
    const box = layer.getBoundingClientRect();
    return Math.min(1, Math.max(0, (clientX - box.left) / Math.max(box.width, 1)));
  };
  const show = (from: number, to: number) => {
    brush.hidden = false;
    brush.style.left = `${from * 100}%`;
    brush.style.width = `${(to - from) * 100}%`;
  };

  plot.addEventListener('pointerdown', (event) => {
    const target = event.target as Element;
    if (event.button !== 0 || !target.closest('.track') || target.closest('button')) return;
    start = { x: event.clientX, fraction: fractionAt(event.clientX), target };
    plot.setPointerCapture(event.pointerId);
  });
  plot.addEventListener('pointermove', (event) => {
    if (!start || Math.abs(event.clientX - start.x) < CLICK_TOLERANCE_PX) return;
    // A drag across the tracks is a brush, not a scroll of the page.
    event.preventDefault();
    const here = fractionAt(event.clientX);
    show(Math.min(start.fraction, here), Math.max(start.fraction, here));
  });
  const finish = (event: PointerEvent) => {
    if (!start) return;
    const begun = start;
    start = null;
    if (Math.abs(event.clientX - begun.x) < CLICK_TOLERANCE_PX) return handlers.clicked(begun.target);
    const here = fractionAt(event.clientX);
    handlers.brushed(Math.min(begun.fraction, here), Math.max(begun.fraction, here));
  };
  plot.addEventListener('pointerup', finish);
  plot.addEventListener('pointercancel', () => {
    start = null;
  });
}
