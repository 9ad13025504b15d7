import { translateElement, updateSelectedElements } from '../document-edit';
import { getMmPerDot } from '../viewport';
import { whenSelected, type Action } from './action';

const directions = [
  { name: 'left', key: 'ArrowLeft', dx: -1, dy: 0 },
  { name: 'right', key: 'ArrowRight', dx: 1, dy: 0 },
  { name: 'up', key: 'ArrowUp', dx: 0, dy: -1 },
  { name: 'down', key: 'ArrowDown', dx: 0, dy: 1 },
] as const;

/**
 * Arrow keys move the selection by one printer dot (the finest step that changes the print);
 * with Shift by one millimetre.
 */
export const nudgeActions: readonly Action[] = directions.flatMap(({ name, key, dx, dy }): Action[] => [
  {
    id: `nudge-${name}`,
    label: `Nudge ${name} 1 dot`,
    keys: [key],
    isEnabled: whenSelected(),
    perform(state) {
      const stepMm = getMmPerDot(state.doc.label.dpi);
      return updateSelectedElements(state, (el) => translateElement(el, dx * stepMm, dy * stepMm));
    },
  },
  {
    id: `nudge-${name}-mm`,
    label: `Nudge ${name} 1 mm`,
    keys: [`Shift+${key}`],
    isEnabled: whenSelected(),
    perform: (state) => updateSelectedElements(state, (el) => translateElement(el, dx, dy)),
  },
]);
