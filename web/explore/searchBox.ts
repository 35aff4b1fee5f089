import { h } from '../shared/element';
import { describeFailure } from '../shared/graphqlClient';
import { ENTITY_KIND_WORDS, targetKindWord } from '../shared/vocabulary';
import { GraphNode } from './explorerQueries';

const DEBOUNCE_MS = 200;

export interface SearchBoxOptions {
  search(text: string, signal: AbortSignal): Promise<GraphNode[]>;
  onPick(entity: GraphNode): void;
  /** Where "5 suggestions" and failures are announced to screen readers. */
  announce(message: string): void;
}

const kindOf = (entity: GraphNode): string =>
  entity.__typename === 'Target' && entity.kind ? targetKindWord(entity.kind) : ENTITY_KIND_WORDS[entity.__typename];

/**
 * The ARIA 1.2 combobox pattern: suggestions as you type (debounced, stale
 * answers dropped), arrow keys to move, Enter to pick, Escape to close.
 */
export class SearchBox {
  private suggestions: GraphNode[] = [];
  private active = -1;
  private timer?: ReturnType<typeof setTimeout>;
  private pending?: AbortController;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLUListElement,
    private readonly options: SearchBoxOptions,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');
    listbox.setAttribute('role', 'listbox');
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.query(this.input.value.trim()), DEBOUNCE_MS);
  }

  private async query(text: string): Promise<void> {
    this.pending?.abort();
    if (text.length === 0) return this.close();
    const pending = new AbortController();
    this.pending = pending;
    try {
      const found = await this.options.search(text, pending.signal);
      if (pending.signal.aborted) return;
      this.open(found);
      this.options.announce(found.length === 0 ? 'No matches.' : `${found.length} ${found.length === 1 ? 'suggestion' : 'suggestions'}; use the arrow keys to choose.`);
    } catch (error) {
      if (pending.signal.aborted) return;
      this.close();
      this.options.announce(`Search failed: ${describeFailure(error)}.`);
    }
  }

  private open(found: GraphNode[]): void {
    this.suggestions = found;
    this.active = -1;
    this.listbox.replaceChildren(
      ...found.map((entity, index) => {
        const option = h(
          'li',
          { role: 'option', id: `${this.listbox.id}-${index}`, 'aria-selected': 'false', 'data-id': entity.id },
          h('span', { class: `swatch swatch-${entity.__typename.toLowerCase()}`, 'aria-hidden': 'true' }),
          h('span', { class: 'option-name' }, entity.name),
          h('span', { class: 'option-kind' }, ` ${kindOf(entity)}`),
        );
        // mousedown, not click: the input must keep focus until the pick is made.
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.pick(index);
        });
        return option;
      }),
    );
    if (found.length === 0) this.listbox.append(h('li', { class: 'no-match', 'aria-disabled': 'true' }, 'No matches'));
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private onKey(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    const isOpen = !this.listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!isOpen || count === 0) return void this.query(this.input.value.trim());
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.highlight((this.active + step + count) % count);
    } else if (event.key === 'Enter') {
      if (!isOpen || count === 0) return;
      event.preventDefault();
      this.pick(this.active >= 0 ? this.active : 0);
    } else if (event.key === 'Escape') {
      if (isOpen) event.preventDefault();
      this.close();
    }
  }

  private highlight(index: number): void {
    this.active = index;
    this.listbox.querySelectorAll('[role="option"]').forEach((option, position) => {
      option.setAttribute('aria-selected', String(position === index));
      if (position === index) option.scrollIntoView({ block: 'nearest' });
    });
    this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${index}`);
  }

  private pick(index: number): void {
    const entity = this.suggestions[index];
    if (!entity) return;
    clearTimeout(this.timer);
    this.pending?.abort();
    this.input.value = entity.name;
    this.close();
    this.options.onPick(entity);
  }
}
