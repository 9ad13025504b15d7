/** English strings of the studio's messages area (spread into en.ts; kept apart so areas change independently). */
export const enMessages = {
  // Plain texts of the printer checks (codes of @inkless/printers); {{subject}} is "the label".
  'issue.printerDpi': "{{subject}} is set to {{labelDpi}} dpi but the printer '{{printer}}' prints at {{printerDpi}} dpi, so it would print at the wrong size: set the label's dpi to {{printerDpi}}",
  'issue.printerTooBig': "{{subject}} is too big for the printer '{{printer}}': use smaller labels, turn the label 90 degrees, or pick another printer",
  'issue.printerMedia': "{{subject}} uses a media type the printer '{{printer}}' cannot sense: change the media type in Label setup, or pick another printer",
  'issues.details': 'Details',
  'issues.list': 'Problems with this label',
  'issues.select': 'Select it on the label',
} as const;
