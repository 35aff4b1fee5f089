import { h } from '../shared/element';
import { countOf, ENTITY_KIND_WORDS, ENTITY_TYPENAMES } from '../shared/vocabulary';
import { Drawing, DrawnNode } from './drawing';
import { KIND_LOOK } from './graphStyle';
import { ChangedEntities, changeWord } from './liveChanges';
import { ViewState } from './viewState';

/**
 * The canvas's text alternative: every drawn entity as a button, the focus
 * first. Arrow keys move between them, Enter or Space opens the details.
 */
export class NodeList {
  constructor(
    private readonly list: HTMLUListElement,
    private readonly onSelect: (id: string) => void,
  ) {
    list.addEventListener('keydown', (event) => this.moveFocus(event));
  }

  render(drawing: Drawing, state: ViewState, changed: ChangedEntities): void {
    const nodes = [...drawing.nodes.values()].sort(
      (a, b) =>
        Number(b.node.id === state.focus) - Number(a.node.id === state.focus) ||
        ENTITY_TYPENAMES.indexOf(a.node.__typename) - ENTITY_TYPENAMES.indexOf(b.node.__typename) ||
        a.node.name.localeCompare(b.node.name),
    );
    const active = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.id : undefined;
    const tabbable = state.selected && drawing.nodes.has(state.selected) ? state.selected : nodes[0]?.node.id;
    const items = nodes.map((node) => this.item(node, state, drawing.onPath.has(node.node.id), node.node.id === tabbable, changed));
    this.list.replaceChildren(...items);
    // Re-rendering must not throw a keyboard user out of the list.
    if (active) this.list.querySelector<HTMLElement>(`button[data-id="${CSS.escape(active)}"]`)?.focus();
  }

  private item(drawn: DrawnNode, state: ViewState, onPath: boolean, tabbable: boolean, changed: ChangedEntities): HTMLLIElement {
    const node = drawn.node;
    const grouped = drawn.groupedEvents.length;
    const change = changed.get(node.id);
    const notes = [
      change ? changeWord(change) : null,
      node.id === state.focus ? 'centre' : null,
      state.expanded.includes(node.id) ? 'expanded' : null,
      onPath ? 'on the path' : null,
      grouped > 0 ? `${countOf(grouped, 'Event')} inside` : null,
    ].filter((note): note is string => note !== null);
    const selected = node.id === state.selected;
    const button = h(
      'button',
      { type: 'button', 'data-id': node.id, 'aria-pressed': selected ? 'true' : 'false', tabindex: tabbable ? 0 : -1 },
      h('span', { class: `swatch swatch-${node.__typename.toLowerCase()}`, 'aria-hidden': 'true' }),
      h(
        'span',
        { class: 'node-text' },
        h('span', { class: 'node-name' }, node.name),
        h('span', { class: 'node-kind' }, `, ${ENTITY_KIND_WORDS[node.__typename]}`),
        notes.length > 0 ? h('span', { class: 'node-notes' }, ` (${notes.join(', ')})`) : null,
      ),
    );
    button.style.setProperty('--kind-colour', KIND_LOOK[node.__typename].colour);
    button.addEventListener('click', () => this.onSelect(node.id));
    return h('li', { class: [onPath ? 'on-path' : '', change ? `changed ${changeWord(change)}` : ''].join(' ').trim() || undefined }, button);
  }

  private moveFocus(event: KeyboardEvent): void {
    const buttons = [...this.list.querySelectorAll<HTMLButtonElement>('button[data-id]')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = buttons[Math.max(0, Math.min(buttons.length - 1, next))];
    buttons.forEach((button) => button.setAttribute('tabindex', button === target ? '0' : '-1'));
    target.focus();
  }
}
