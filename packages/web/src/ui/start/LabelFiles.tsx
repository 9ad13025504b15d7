import { useEffect, useSyncExternalStore } from 'react';
import { installLabelFileDrop } from '../../files/label-file-drop';
import { useStudio } from '../use-studio';
import { FileNotice } from './FileNotice';
import { openLabelFile } from './label-file-actions';
import { StartScreen } from './StartScreen';

/** The canvas area a label file can be dropped on. */
const DROP_AREA = 'main, .centre';

/**
 * Where labels come from besides drawing: the start screen (when it is open), files dropped on
 * the canvas area, and what happened to the last file opened or saved.
 */
export function LabelFiles() {
  const studio = useStudio();
  const startOpen = useSyncExternalStore(studio.startScreen.subscribe, studio.startScreen.getState);
  useEffect(
    () => installLabelFileDrop(document, (target) => (target instanceof Element ? target.closest<HTMLElement>(DROP_AREA) : null), (file) => void openLabelFile(studio, file)),
    [studio],
  );
  return (
    <>
      {startOpen && <StartScreen />}
      <FileNotice />
    </>
  );
}
