import { scanXml } from './read-xlsx-xml';

/**
 * Readers for the XLSX parts around the sheet: which sheet is first, the shared string table and
 * which cell styles are dates. Each takes the part's XML text (SpreadsheetML, ECMA-376 part 1 §18).
 */

/** The path inside the zip of the workbook's first sheet, or undefined when the workbook names none. */
export function findFirstSheetPath(workbookXml: string, relsXml: string | undefined): string | undefined {
  // xl/workbook.xml: <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>
  let relationId: string | undefined;
  let seenSheet = false;
  scanXml(workbookXml, {
    open: (name, attributes) => {
      if (name !== 'sheet' || seenSheet) return;
      seenSheet = true;
      relationId = attributes.id;
    },
  });
  if (!seenSheet) return undefined;
  // xl/_rels/workbook.xml.rels: <Relationship Id="rId1" Type="…/worksheet" Target="worksheets/sheet1.xml"/>
  let target: string | undefined;
  if (relsXml && relationId !== undefined) {
    scanXml(relsXml, {
      open: (name, attributes) => {
        if (name === 'Relationship' && attributes.Id === relationId) target = attributes.Target;
      },
    });
  }
  if (target === undefined) return 'xl/worksheets/sheet1.xml';
  // Targets are relative to xl/ unless they start with '/' (relative to the package root).
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** Whether the workbook counts dates from 1904 (old Mac Excel) rather than 1900. */
export function readsDate1904(workbookXml: string): boolean {
  let date1904 = false;
  scanXml(workbookXml, {
    open: (name, attributes) => {
      if (name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
  });
  return date1904;
}

/** The shared string table: each `<si>`'s text runs joined, phonetic guides (`<rPh>`) left out. */
export function readSharedStrings(xml: string): string[] {
  // <sst><si><t>plain</t></si><si><r><t>rich </t></r><r><t>text</t></r></si></sst>
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let phoneticDepth = 0;
  scanXml(xml, {
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phoneticDepth++;
      else if (name === 't' && phoneticDepth === 0) inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push(current ?? '');
        current = undefined;
      } else if (name === 'rPh') phoneticDepth = Math.max(0, phoneticDepth - 1);
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText && current !== undefined) current += decodeExcelEscapes(text);
    },
  });
  return strings;
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`). */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** Whether a number format shows a date: built-in ids 14-22, or a custom code with d, m or y outside quotes and brackets. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (numFmtId >= 14 && numFmtId <= 22) return true;
  if (formatCode === undefined) return false;
  const shown = formatCode.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmy]/i.test(shown);
}

/** For each cell style index (a cell's `s`), whether it formats numbers as dates. */
export function readDateStyles(stylesXml: string | undefined): boolean[] {
  if (stylesXml === undefined) return [];
  // <numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts> … <cellXfs><xf numFmtId="14"/></cellXfs>
  const formatCodes = new Map<number, string>();
  const styleFormatIds: number[] = [];
  let inCellXfs = false;
  scanXml(stylesXml, {
    open: (name, attributes) => {
      if (name === 'numFmt') formatCodes.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styleFormatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styleFormatIds.map((id) => isDateFormat(id, formatCodes.get(id)));
}

const MS_PER_DAY = 86_400_000;

/** A date serial as ISO `yyyy-mm-dd` (the time of day is dropped; 1900 serials keep Excel's leap-year bug). */
export function formatDateSerial(serial: number, date1904: boolean): string {
  const day = Math.floor(serial);
  // 1900 system: day 1 is 1900-01-01 and Excel counts a 1900-02-29 (day 60) that never was.
  const epochMs = date1904 ? Date.UTC(1904, 0, 1) : day < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epochMs + day * MS_PER_DAY).toISOString().slice(0, 10);
}
