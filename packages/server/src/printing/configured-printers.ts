import { readFileSync } from 'node:fs';
import { confirmModes, findProfile, suggestProfileIds, type ConfirmMode } from '@inkless/printers';
import { z } from 'zod';
import { classifyAddress, isIpAddress } from './address-ranges';
import { parsePrinterUri } from './printer-uri';

/**
 * A printer the administrator set up (decision 008): the only kind of printer the server sends
 * jobs to. Users name it by `id`; its address stays on the server.
 */
export interface ConfiguredPrinter {
  /** What users send as `printerId`, e.g. `shipping-desk`. */
  readonly id: string;
  /** What users see, e.g. `Shipping desk (Zebra GK420d)`. */
  readonly name: string;
  /** `tcp://host:port`, normalised; never shown to users. */
  readonly uri: string;
  readonly host: string;
  readonly port: number;
  /** The printer profile jobs to it use unless the job names another of the same language. */
  readonly profile: string;
  /**
   * When a label counts as printed (default: the profile's, else `status`): `status` waits for the printer's answer to a status
   * query; `written` for printers that never answer (a plain network print server), where it
   * means only that the bytes were handed to the connection.
   */
  readonly confirm: ConfirmMode;
  /**
   * A host name normally must resolve to a public address; true lets it resolve to this machine
   * or its own networks (a LAN printer known by name). IP addresses written in `uri` need no flag.
   */
  readonly allowInternalAddress: boolean;
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;

const entry = z.strictObject({
  id: z.string({ error: 'id is required: lower-case letters, digits, - and _' }).regex(ID, { error: 'id is 1 to 64 lower-case letters, digits, - and _' }),
  name: z.string({ error: 'name is required: what users see' }).trim().min(1).max(100),
  uri: z.string({ error: 'uri is required, e.g. tcp://192.0.2.7:9100' }),
  profile: z.string({ error: 'profile is required, e.g. generic-tspl-203' }),
  confirm: z.enum(confirmModes as [ConfirmMode, ...ConfirmMode[]], { error: `confirm is one of ${confirmModes.join(', ')}` }).optional(),
  allowInternalAddress: z.boolean().optional(),
});

/**
 * Reads the printers from `INKLESS_PRINTERS` (a JSON array) or `INKLESS_PRINTERS_FILE` (a file
 * holding one); none when neither is set, so a fresh server connects to nothing. Throws with the
 * setting, the entry and the field when the setting is wrong: the server does not start.
 */
export function readConfiguredPrinters(env: NodeJS.ProcessEnv): ConfiguredPrinter[] {
  if (env.INKLESS_PRINTERS && env.INKLESS_PRINTERS_FILE) throw new Error('set INKLESS_PRINTERS or INKLESS_PRINTERS_FILE, not both');
  if (env.INKLESS_PRINTERS_FILE) {
    let text: string;
    try {
      text = readFileSync(env.INKLESS_PRINTERS_FILE, 'utf8');
    } catch (e) {
      throw new Error(`INKLESS_PRINTERS_FILE: cannot read ${env.INKLESS_PRINTERS_FILE} (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { cause: e });
    }
    return parseConfiguredPrinters(text, 'INKLESS_PRINTERS_FILE');
  }
  return env.INKLESS_PRINTERS ? parseConfiguredPrinters(env.INKLESS_PRINTERS, 'INKLESS_PRINTERS') : [];
}

/**
 * Checks a JSON array of `{ id, name, uri, profile, confirm?, allowInternalAddress? }`. `setting`
 * names where it came from in the error.
 *
 * @example
 * parseConfiguredPrinters('[{"id":"desk","name":"Desk","uri":"tcp://10.0.0.5:9100","profile":"zebra-gk420d"}]', 'INKLESS_PRINTERS');
 */
export function parseConfiguredPrinters(text: string, setting: string): ConfiguredPrinter[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${setting}: not JSON; give an array of printers, e.g. [{"id":"desk","name":"Desk","uri":"tcp://192.0.2.7:9100","profile":"generic-tspl-203"}]`);
  }
  if (!Array.isArray(json)) throw new Error(`${setting}: give an array of printers ([...]), not ${json === null ? 'null' : typeof json}`);
  const printers: ConfiguredPrinter[] = [];
  for (const [index, raw] of json.entries()) {
    const at = `${setting}: printers[${index}]`;
    const parsed = entry.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      throw new Error(`${at}${issue.path.length > 0 ? `.${issue.path.join('.')}` : ''}: ${issue.message}${keys}`);
    }
    const p = parsed.data;
    const profile = findProfile(p.profile);
    const address = parsePrinterUri(p.uri);
    if (!address.ok) throw new Error(`${at}.uri: ${address.reason}`);
    if (isIpAddress(address.value.host) && classifyAddress(address.value.host) === 'never') throw new Error(`${at}.uri: ${address.value.host} is not the address of one printer (unspecified, multicast or broadcast)`);
    if (!profile) {
      const close = suggestProfileIds(p.profile);
      throw new Error(`${at}.profile: no printer profile "${p.profile}"${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''}`);
    }
    if (printers.some((other) => other.id === p.id)) throw new Error(`${at}.id: "${p.id}" is used twice; each printer needs its own id`);
    printers.push({
      id: p.id, name: p.name, uri: address.value.uri, host: address.value.host, port: address.value.port, profile: p.profile,
      confirm: p.confirm ?? profile.confirm ?? 'status', allowInternalAddress: p.allowInternalAddress ?? false,
    });
  }
  return printers;
}
