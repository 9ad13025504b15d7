// ~HS (host status) reply, per the ZPL II guide: three strings, each STX ... ETX CR LF.
//   1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l
//      aaa interface settings, b paper out (1), c pause (1), dddd label length (dots),
//      eee formats in the receive buffer, f buffer full (1), g comms diagnostic mode (1),
//      h partial format (1), iii unused, j corrupt RAM (1), k under temperature (1), l over temperature (1)
//   2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www
//      mmm function settings, n unused, o head up (1), p ribbon out (1), q thermal transfer mode (1),
//      r print mode, s print width mode, t label waiting (peel), uuuuuuuu labels left in the batch,
//      v format while printing, www graphics stored
//   3: xxxx,y   password, static RAM installed
// Best effort: clones fill these loosely, so a missing field reads as "no problem".
import type { PrinterStatus } from '../../job-options';
import { asciiBytes } from '../shared/head-bands';

const STX = 0x02;
const ETX = 0x03;

/** The status query: answered with the three strings above. */
export const ZPL_HOST_STATUS_REQUEST = asciiBytes('~HS');

/** Which field of which string means which problem (string index, field index, words). */
const FLAG_FIELDS: readonly (readonly [number, number, string])[] = [
  [0, 1, 'out of paper'],
  [0, 2, 'paused'],
  [0, 5, 'receive buffer full'],
  [0, 9, 'corrupt RAM'],
  [0, 10, 'head too cold'],
  [0, 11, 'head too hot'],
  [1, 2, 'head open'],
  [1, 3, 'ribbon out'],
];

/** The texts between each STX and ETX of a reply. */
function splitStatusStrings(reply: Uint8Array): string[] {
  const strings: string[] = [];
  let start = -1;
  for (let i = 0; i < reply.length; i++) {
    if (reply[i] === STX) start = i + 1;
    else if (reply[i] === ETX && start >= 0) {
      let text = '';
      for (let j = start; j < i; j++) text += String.fromCharCode(reply[j]!);
      strings.push(text);
      start = -1;
    }
  }
  return strings;
}

/** Reads a ~HS reply into a PrinterStatus; a reply without the first two strings is a problem itself. */
export function parseZplHostStatus(reply: Uint8Array): PrinterStatus {
  const fields = splitStatusStrings(reply).map((s) => s.split(',').map((f) => f.trim()));
  const problems: string[] = [];
  if (fields.length < 2) problems.push('unreadable status reply');
  for (const [string, field, words] of FLAG_FIELDS) {
    if (fields[string]?.[field] === '1') problems.push(words);
  }
  return { ready: problems.length === 0, problems, raw: reply };
}
