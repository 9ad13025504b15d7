import { useT } from '../i18n/i18n';
import { ActionButton } from './ActionButton';

/** The edit and arrange commands, in groups; every button is a registered action. */
const GROUPS: readonly (readonly string[])[] = [
  ['undo', 'redo'],
  ['cut', 'copy', 'paste', 'duplicate', 'delete'],
  ['align-left', 'align-center', 'align-right', 'align-top', 'align-middle', 'align-bottom'],
  ['distribute-horizontal', 'distribute-vertical'],
  ['rotate-ccw', 'rotate-cw'],
];

export function ArrangeBar() {
  const t = useT();
  return (
    <div className="arrange-bar" role="toolbar" aria-label={t('arrange.title')}>
      {GROUPS.map((group) => (
        <div key={group[0]} className="button-group">
          {group.map((id) => <ActionButton key={id} actionId={id} />)}
        </div>
      ))}
    </div>
  );
}
