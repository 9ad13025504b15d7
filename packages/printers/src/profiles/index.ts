/** Printer profiles: what each model speaks and how wide it prints; lookup and the label fit check. */
export { printerProfiles, findProfile, getProfile, suggestProfileIds } from './printer-profiles';
export { checkLabelFitsProfile, type FitLabel } from './check-label-fits';
export type { PrinterProfile, BleProfile, ProfileMedia, ProfileFinish, ProfileTransport } from './printer-profile-types';
export { buildLabelJobOptions, pickGenericProfile, withMediaType } from './label-job-options';
