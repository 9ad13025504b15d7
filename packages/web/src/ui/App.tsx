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
import { BottomBar } from './sheets/BottomBar';
import { Sheet } from './sheets/Sheet';
import { SheetContext } from './sheets/sheet-state';
import { useSheetController } from './sheets/use-sheet-controller';
import { ImportHost } from './import/ImportHost';
import { LabelFiles } from './start/LabelFiles';
import { Toolbox } from './Toolbox';
import { TopBar } from './TopBar';
import { StudioContext } from './use-studio';
// studio.css first, so the narrow-screen rules in phone.css come after it and win.
import './studio.css';
import './phone.css';

/**
 * The label studio. On a desk: tools on the left, the label in the middle, properties, label
 * setup and layers on the right. Up to 1024 px wide (phones, tablets): the label fills the
 * screen and every panel is a sheet that slides up from the bottom bar (phone.css). Both are
 * the same components, so resizing keeps every panel's state.
 */
export function App({ studio }: { readonly studio: Studio }) {
  const sheets = useSheetController();
  return (
    <StudioContext.Provider value={studio}>
      <SheetContext.Provider value={sheets}>
        <div className="studio" data-sheet-open={sheets.open ?? ''}>
          <TopBar />
          <aside className="side side-left">
            <Sheet id="tools" closeOn="[data-tool]"><Toolbox /></Sheet>
            <Sheet id="labels"><LocalLabels /></Sheet>
            <Sheet id="merge"><MergePanel /></Sheet>
            <Sheet id="print"><PrintPanel /></Sheet>
            <Sheet id="account"><PlatformPanel /></Sheet>
          </aside>
          <main className="centre">
            <CookieBanner />
            <ArrangeBar />
            <CanvasView />
          </main>
          <aside className="side side-right">
            <Sheet id="properties"><PropertiesPanel /></Sheet>
            <Sheet id="variables"><VariablesPanel /></Sheet>
            <Sheet id="setup"><LabelSetupPanel /></Sheet>
            <Sheet id="layers"><LayersPanel /></Sheet>
          </aside>
          <BottomBar />
        </div>
        <LabelFiles />
        <ImportHost />
      </SheetContext.Provider>
    </StudioContext.Provider>
  );
}
