import { useT } from '../../i18n/i18n';
import { useStudio } from '../use-studio';
import { chooseAndOpenLabelFile, saveLabelAsFile } from './label-file-actions';

/** New (the start screen), Open file and Save file: the top bar's way to start, open and keep labels as files. */
export function LabelFileButtons() {
  const t = useT();
  const studio = useStudio();
  return (
    <div className="label-file-buttons" role="group">
      <button type="button" data-file-action="new" title={t('files.newTitle')} onClick={() => studio.startScreen.setState(true)}>{t('files.new')}</button>
      <button type="button" data-file-action="open" title={t('files.openTitle')} onClick={() => void chooseAndOpenLabelFile(studio)}>{t('files.open')}</button>
      <button type="button" data-file-action="save" title={t('files.saveTitle')} onClick={() => void saveLabelAsFile(studio)}>{t('files.save')}</button>
    </div>
  );
}
