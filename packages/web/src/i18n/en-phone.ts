/** English strings of the studio's phone area (spread into en.ts; kept apart so areas change independently). */
export const enPhone = {
  'phone.bottomBar': 'Panels',
  'phone.sheet.tools': 'Tools',
  'phone.sheet.properties': 'Properties',
  'phone.sheet.layers': 'Layers',
  'phone.sheet.variables': 'Fields',
  'phone.sheet.setup': 'Label',
  'phone.sheet.merge': 'Merge',
  'phone.sheet.print': 'Print',
  'phone.sheet.labels': 'My labels',
  'phone.sheet.account': 'Account',
  'phone.sheet.close': 'Close',
  'scan.button': 'Scan',
  'scan.buttonFor': 'Scan a barcode into {field}',
  'scan.title': 'Scan a barcode',
  'scan.starting': 'Opening the camera…',
  'scan.looking': 'Hold the barcode in the frame. It is read as soon as it is sharp.',
  'scan.cancel': 'Cancel',
  'scan.denied': 'The studio may not use the camera. Allow the camera for this site in the browser\'s settings, then press Scan again.',
  'scan.noCamera': 'No camera was found. Connect a camera, or type the value instead.',
  'scan.cameraBusy': 'The camera is in use by another app. Close that app, then press Scan again.',
  'scan.unsupported': 'This browser cannot open a camera here. Use a current browser on a secure (https) page, or type the value instead.',
  'scan.decoderFailed': 'The barcode reader could not start ({message}). Reload the studio and try again, or type the value instead.',
} as const;

/** A key of the phone area's strings. */
export type PhoneMessageKey = keyof typeof enPhone;
