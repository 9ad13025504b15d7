/**
 * When a label counts as printed. `status`: the printer answered a status query sent behind it (the
 * default wherever the language and the connection can ask). `written`: the bytes were handed to the
 * connection without error; for one-way printers (plain network print servers, some USB bridges)
 * that never answer, so a job can be sent but not confirmed by the printer itself.
 */
export type ConfirmMode = 'status' | 'written';

/** Every confirm mode, for option parsers and schemas. */
export const confirmModes: readonly ConfirmMode[] = ['status', 'written'];
