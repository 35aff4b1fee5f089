/** Below this width the explorer is one column: the graph, and the panels in a sheet over its lower part. */
export const PHONE_LAYOUT = '(max-width: 48rem)';
const SWIPE_PX = 30;

/**
 * The panels as a bottom sheet on a phone: peeking (the handle and the
 * selected entity's name) or open (most of the screen, one scrolling pane).
 * The handle is a button, so a tap, Enter or Space toggles it; a swipe up or
 * down on it opens or closes it. On a wide screen the sheet is not a sheet:
 * its panels sit in the page's columns and this does nothing.
 */
export class BottomSheet {
  private readonly phone = matchMedia(PHONE_LAYOUT);
  private swipeStart: number | null = null;
  private swiped = false;

  constructor(
    private readonly sheet: HTMLElement,
    private readonly handle: HTMLButtonElement,
    private readonly body: HTMLElement,
  ) {
    handle.addEventListener('click', () => {
      if (this.swiped) {
        this.swiped = false;
        return;
      }
      this.set(this.isOpen ? 'peek' : 'open');
    });
    handle.addEventListener('pointerdown', (event) => {
      this.swipeStart = event.clientY;
    });
    handle.addEventListener('pointerup', (event) => {
      if (this.swipeStart === null) return;
      const moved = event.clientY - this.swipeStart;
      this.swipeStart = null;
      if (Math.abs(moved) < SWIPE_PX) return;
      this.swiped = true;
      this.set(moved < 0 ? 'open' : 'peek');
    });
  }

  get isOpen(): boolean {
    return this.sheet.dataset.state === 'open';
  }

  /** Opens the sheet at the top of its panels, on a phone only: there a selection is read in the sheet. */
  reveal(): void {
    if (!this.phone.matches) return;
    this.set('open');
    this.body.scrollTop = 0;
  }

  private set(state: 'peek' | 'open'): void {
    this.sheet.dataset.state = state;
    this.handle.setAttribute('aria-expanded', String(state === 'open'));
  }
}
