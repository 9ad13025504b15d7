import type { ComponentType } from 'react';
import type { VariableDef } from '@inkless/label';
import { useT } from '../../i18n/i18n';
import { applyDocumentChange } from '../../studio/document-edit';
import { collectFieldNames } from '../../studio/sample-row';
import { TextField } from '../fields/TextField';
import { ScanButton } from '../scan/ScanButton';
import { useEditorState, useStudio, useStudioState } from '../use-studio';
import { variableEditors, type VariableEditorProps } from './variable-editors';

/**
 * The document's variables (dates, counters, fixed texts), each with its kind's editor, and a
 * sample value for every data field so the designer shows something real. Sample values are
 * kept with the label in this browser, never in the document.
 */
export function VariablesPanel() {
  const t = useT();
  const { editor, state } = useStudio();
  const variables = useEditorState((s) => s.doc.variables);
  // As one string, so moving elements around does not re-render the panel.
  const fieldList = useEditorState((s) => collectFieldNames(s.doc).join('\u0000'));
  const sampleRow = useStudioState((s) => s.sampleRow);
  const fieldNames = fieldList === '' ? [] : fieldList.split('\u0000');
  const names = Object.keys(variables);
  return (
    <section className="panel" aria-labelledby="variables-title">
      <h2 id="variables-title">{t('variables.title')}</h2>
      {names.length === 0 && fieldNames.length === 0 && <p className="muted">{t('variables.none')}</p>}
      {names.map((name) => {
        const def = variables[name]!;
        const Editor = variableEditors[def.kind] as ComponentType<VariableEditorProps>;
        const update = (next: VariableDef, continuing: boolean) =>
          applyDocumentChange(editor, (d) => ({ ...d, variables: { ...d.variables, [name]: next } }), continuing);
        return <Editor key={name} name={name} def={def} update={update} />;
      })}
      {fieldNames.map((name) => {
        const setSample = (value: string) => state.setState((s) => ({ ...s, sampleRow: { ...s.sampleRow, [name]: value } }));
        return (
          <div key={`field-${name}`} className="field-row">
            <TextField label={t('variables.sample', { name })} value={sampleRow[name] ?? name}
              onChange={(value) => {
                setSample(value);
                return undefined;
              }} />
            <ScanButton field={name} onScanned={setSample} />
          </div>
        );
      })}
    </section>
  );
}
