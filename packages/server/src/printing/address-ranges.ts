/**
 * Where an IP address points, for the server's egress rule (decision 008):
 * `public` is anywhere on the internet; `internal` is this machine or its own networks (loopback,
 * link-local, RFC 1918, CGNAT, unique-local IPv6...), reachable only when an administrator wrote
 * that address in the printer settings; `never` is no single host at all (unspecified, multicast,
 * broadcast, reserved), which no printer setting can name.
 */
export type AddressRange = 'public' | 'internal' | 'never';

/** `[first address, prefix length]`; IPv4 as 32-bit numbers, IPv6 as eight 16-bit words. */
type V4Range = readonly [string, number];
type V6Range = readonly [string, number];

const internalV4: readonly V4Range[] = [
  ['127.0.0.0', 8], // loopback
  ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['192.0.0.0', 24], // IETF protocol assignments
  ['198.18.0.0', 15], // benchmarking networks, used inside data centres
];
const neverV4: readonly V4Range[] = [['0.0.0.0', 8], ['224.0.0.0', 4], ['240.0.0.0', 4]];
const internalV6: readonly V6Range[] = [
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
];
const neverV6: readonly V6Range[] = [['::', 128], ['ff00::', 8]];

const DOTTED_QUAD = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Whether `text` is an IP address (IPv4 dotted quad, or IPv6 in any spelling), not a host name. */
export function isIpAddress(text: string): boolean {
  return classifyAddress(text) !== undefined;
}

/**
 * Classifies an IP address (v4, or v6 in any spelling). IPv6 forms that carry an IPv4 address
 * (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
 * `2002::/16`) are judged by that IPv4 address, so `::ffff:127.0.0.1` is loopback. Undefined when
 * the text is not an IP address.
 */
export function classifyAddress(address: string): AddressRange | undefined {
  if (DOTTED_QUAD.test(address)) return classifyV4(address);
  const words = readIpv6(address);
  if (!words) return undefined;
  const embedded = embeddedIpv4(words);
  if (embedded !== undefined) return classifyV4(embedded);
  if (neverV6.some((r) => inV6Range(words, r))) return 'never';
  if (internalV6.some((r) => inV6Range(words, r))) return 'internal';
  return 'public';
}

function classifyV4(address: string): AddressRange {
  const value = v4Number(address);
  if (value === 0xffffffff || neverV4.some((r) => inV4Range(value, r))) return 'never';
  return internalV4.some((r) => inV4Range(value, r)) ? 'internal' : 'public';
}

function v4Number(address: string): number {
  return address.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
}

function inV4Range(value: number, [network, prefix]: V4Range): boolean {
  const size = 2 ** (32 - prefix);
  return Math.floor(value / size) === Math.floor(v4Number(network) / size);
}

function inV6Range(words: readonly number[], [network, prefix]: V6Range): boolean {
  const base = expandIpv6(network);
  for (let bit = 0; bit < prefix; bit += 16) {
    const bits = Math.min(16, prefix - bit);
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if ((words[bit / 16]! & mask) !== (base[bit / 16]! & mask)) return false;
  }
  return true;
}

/**
 * The eight words of an IPv6 address, or undefined when `text` is none. The URL parser does the
 * validating (it knows every legal spelling); a zone (`%eth0`) is dropped first.
 */
function readIpv6(text: string): number[] | undefined {
  if (!text.includes(':') || /[^0-9a-z:.%_~-]/i.test(text)) return undefined;
  const bare = text.replace(/%[0-9a-z._~-]+$/i, '');
  try {
    const host = new URL(`http://[${bare}]/`).hostname;
    return expandIpv6(host.slice(1, -1));
  } catch {
    return undefined;
  }
}

/** The eight 16-bit words of a valid IPv6 address (`::` expanded, a dotted IPv4 tail converted). */
function expandIpv6(address: string): number[] {
  let text = address.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, -dotted[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headWords = head ? head.split(':') : [];
  const tailWords = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - headWords.length - tailWords.length }, () => '0');
  return [...headWords, ...zeros, ...tailWords].map((w) => parseInt(w, 16));
}

/** The IPv4 address an IPv6 address carries, in the forms routers and stacks translate. */
function embeddedIpv4(words: readonly number[]): string | undefined {
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  const zeroPrefix = words.slice(0, 5).every((w) => w === 0);
  if (zeroPrefix && words[5] === 0xffff) return v4(words[6]!, words[7]!); // ::ffff:a.b.c.d
  if (zeroPrefix && words[5] === 0 && (words[6]! !== 0 || words[7]! > 1)) return v4(words[6]!, words[7]!); // ::a.b.c.d
  if (words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0)) return v4(words[6]!, words[7]!); // NAT64
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!); // 6to4
  return undefined;
}
