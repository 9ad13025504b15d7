import { describe, expect, it } from 'vitest';
import { formatGs1Hri, joinGs1ForEncoding, parseGs1 } from './gs1';

const P = 'elements[4].data';

function issueOf(input: string) {
  const r = parseGs1(input, P);
  if (r.ok) throw new Error('expected a failure');
  return r.issues[0]!;
}

describe('parseGs1', () => {
  it('parses element strings and formats the HRI back', () => {
    const r = parseGs1('(01)09501101530003(17)250101(10)ABC', P);
    expect(r.ok && r.elements).toEqual([{ ai: '01', value: '09501101530003' }, { ai: '17', value: '250101' }, { ai: '10', value: 'ABC' }]);
    if (r.ok) expect(formatGs1Hri(r.elements)).toBe('(01)09501101530003(17)250101(10)ABC');
  });

  it('says how many digits a GTIN needs', () => {
    expect(issueOf('(01)0950110153000')).toEqual({ code: 'INKLESS_BARCODE_GS1_AI_LENGTH', path: P, message: 'GS1 AI (01) needs 14 digits, got 13' });
  });

  it('names the expected GTIN and SSCC check digits', () => {
    expect(issueOf('(01)09501101530004')).toMatchObject({ code: 'INKLESS_BARCODE_GS1_AI_CHECK_DIGIT', message: 'GS1 AI (01) has check digit 4, expected 3' });
    expect(issueOf('(00)095011015300000004').message).toBe('GS1 AI (00) has check digit 4, expected 3');
    expect(issueOf('(414)9501101530004').code).toBe('INKLESS_BARCODE_GS1_AI_CHECK_DIGIT');
  });

  it('rejects unknown AIs, bad syntax, letters in numeric AIs, bad dates and characters outside set 82', () => {
    expect(issueOf('(99999)1').code).toBe('INKLESS_BARCODE_GS1_SYNTAX');
    expect(issueOf('(23)1').code).toBe('INKLESS_BARCODE_GS1_AI_UNKNOWN');
    expect(issueOf('0109501101530003').code).toBe('INKLESS_BARCODE_GS1_SYNTAX');
    expect(issueOf('(01').code).toBe('INKLESS_BARCODE_GS1_SYNTAX');
    expect(issueOf('(3103)00012A').code).toBe('INKLESS_BARCODE_GS1_AI_CHARSET');
    expect(issueOf('(17)251301').code).toBe('INKLESS_BARCODE_GS1_AI_DATE');
    expect(issueOf('(10)AB~C').message).toContain('"~"');
    expect(issueOf('(10)123456789012345678901').message).toBe('GS1 AI (10) needs 1 to 20 characters, got 21');
  });

  it('accepts the common AIs with their formats', () => {
    for (const ok of ['(02)09501101530003(37)12', '(3103)000125', '(3922)12345', '(400)PO-1', '(421)528AB1234', '(8005)000123', '(11)250100', '(15)991231', '(20)07', '(30)100', '(401)X', '(410)9501101530003']) {
      expect(parseGs1(ok, P).ok, ok).toBe(true);
    }
  });
});

describe('joinGs1ForEncoding', () => {
  it('puts a separator only after variable-length AIs that are not last', () => {
    const r = parseGs1('(10)ABC(01)09501101530003(21)X1(17)250101', P);
    if (!r.ok) throw new Error('parse failed');
    expect(joinGs1ForEncoding(r.elements, '|')).toBe('10ABC|0109501101530003' + '21X1|17250101');
  });
});
