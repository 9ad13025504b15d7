import type { Studio } from '../studio/studio';
import { PlatformPanel } from './account/PlatformPanel';
import { ArrangeBar } from './ArrangeBar';
import { CanvasView } from './canvas/CanvasView';
import { LabelSetupPanel } from './panels/LabelSetupPanel';
import { LayersPanel } from './panels/LayersPanel';
import { MergePanel } from './merge/MergePanel';
import { LocalLabels } from './panels/LocalLabels';
import { VariablesPanel } from './panels/VariablesPanel';
import { PrintPanel } from './print/PrintPanel';
import { CookieBanner } from './privacy/CookieBanner';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { LabelFiles } from './start/LabelFiles';
import { Toolbox } from './Toolbox';
import { TopBar } from './TopBar';
import { StudioContext } from './use-studio';

/**
 * The label studio: tools on the left, the label in the middle, properties, label setup and
 * layers on the right. Every part reads the stores and dispatches editor input or actions.
 */
export function App({ studio }: { readonly studio: Studio }) {
  return (
    <StudioContext.Provider value={studio}>
      <div className="studio">
        <TopBar />
        <aside className="side side-left">
          <Toolbox />
          <LocalLabels />
          <MergePanel />
          <PrintPanel />
          <PlatformPanel />
        </aside>
        <main className="centre">
          <CookieBanner />
          <ArrangeBar />
          <CanvasView />
        </main>
        <aside className="side side-right">
          <PropertiesPanel />
          <VariablesPanel />
          <LabelSetupPanel />
          <LayersPanel />
        </aside>
      </div>
      <LabelFiles />
    </StudioContext.Provider>
  );
}
