/**
 * What a complaint may claim, and whether the template has to leave the gallery before staff
 * decide. A copyright or trademark dispute can wait a day for a person to look at both sides; a
 * template showing someone's home address or phone number cannot, because every hour it stays up
 * the harm spreads and cannot be undone (docs/decisions/009-complaints-and-withdrawal.md).
 */
export const complaintGrounds = {
  copyright: { hidesAtOnce: false, says: 'copies a work whose copyright the complainant holds' },
  trademark: { hidesAtOnce: false, says: "uses the complainant's trademark" },
  'personal-data': { hidesAtOnce: true, says: 'shows personal data of someone who did not agree to it' },
} as const;

export type ComplaintGround = keyof typeof complaintGrounds;
export const complaintGroundNames = Object.keys(complaintGrounds) as [ComplaintGround, ...ComplaintGround[]];

/** Complaints stored before grounds existed (NULL) were copyright complaints. */
export function groundOf(stored: string | null): ComplaintGround {
  return stored !== null && stored in complaintGrounds ? (stored as ComplaintGround) : 'copyright';
}
