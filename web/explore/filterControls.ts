import { EntityTypename } from '../shared/vocabulary';
import { ViewState } from './viewState';

export interface FilterElements {
  depth: HTMLFieldSetElement;
  kinds: HTMLFieldSetElement;
  relationships: HTMLFieldSetElement;
}

const inputs = (fieldset: HTMLFieldSetElement) => [...fieldset.querySelectorAll<HTMLInputElement>('input')];

/**
 * The depth and the filters as form fields: they show the view state, and a
 * change to any of them is a change of the view state (so it lands in the URL).
 */
export class FilterControls {
  constructor(
    private readonly elements: FilterElements,
    onChange: (change: Partial<ViewState>) => void,
  ) {
    elements.depth.addEventListener('change', (event) => {
      onChange({ depth: (event.target as HTMLInputElement).value === '2' ? 2 : 1 });
    });
    elements.kinds.addEventListener('change', () => {
      onChange({ hiddenKinds: inputs(elements.kinds).filter((input) => !input.checked).map((input) => input.value as EntityTypename) });
    });
    elements.relationships.addEventListener('change', () => {
      onChange({ hiddenRelationships: inputs(elements.relationships).filter((input) => !input.checked).map((input) => input.value) });
    });
  }

  show(state: ViewState): void {
    for (const input of inputs(this.elements.depth)) input.checked = input.value === String(state.depth);
    for (const input of inputs(this.elements.kinds)) input.checked = !state.hiddenKinds.includes(input.value as EntityTypename);
    for (const input of inputs(this.elements.relationships)) input.checked = !state.hiddenRelationships.includes(input.value);
  }
}
