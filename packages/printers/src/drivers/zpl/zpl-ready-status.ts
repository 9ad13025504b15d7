// What a ready ZPL printer answers to ~HS (ZPL II guide, ~HS): three strings, STX ... ETX CR LF.
//   1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l   b paper out, c pause, dddd label length, ... all flags 0
//   2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www   o head up, p ribbon out, r print mode 2 (tear off), ...
//   3: xxxx,y                             password, static RAM flag

const STX = '\x02';
const ETX = '\x03';

/** The ~HS reply of an idle, ready printer (label length in dots, 0..9999). */
export function formatReadyHostStatus(labelLengthDots: number): Uint8Array {
  const length = String(Math.min(9999, Math.max(0, labelLengthDots))).padStart(4, '0');
  const strings = [`030,0,0,${length},000,0,0,0,000,0,0,0`, '001,0,0,0,0,2,6,0,00000000,1,000', '1234,0'];
  const text = strings.map((s) => `${STX}${s}${ETX}\r\n`).join('');
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
