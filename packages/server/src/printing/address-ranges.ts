import { BlockList, isIPv4, isIPv6 } from 'node:net';

/**
 * Where an IP address points, for the server's egress rule (decision 008):
 * `public` is anywhere on the internet; `internal` is this machine or its own networks (loopback,
 * link-local, RFC 1918, CGNAT, unique-local IPv6...), reachable only when an administrator wrote
 * that address in the printer settings; `never` is no single host at all (unspecified, multicast,
 * broadcast, reserved), which no printer setting can name.
 */
export type AddressRange = 'public' | 'internal' | 'never';

const internalV4: readonly [string, number][] = [
  ['127.0.0.0', 8], // loopback
  ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['192.0.0.0', 24], // IETF protocol assignments
  ['198.18.0.0', 15], // benchmarking networks, used inside data centres
];
const neverV4: readonly [string, number][] = [['0.0.0.0', 8], ['224.0.0.0', 4], ['240.0.0.0', 4]];
const internalV6: readonly [string, number][] = [
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed inside some networks)
];
const neverV6: readonly [string, number][] = [['::', 128], ['ff00::', 8]];

function blockList(family: 'ipv4' | 'ipv6', ranges: readonly [string, number][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, family);
  return list;
}

const lists = {
  internalV4: blockList('ipv4', internalV4),
  neverV4: blockList('ipv4', neverV4),
  internalV6: blockList('ipv6', internalV6),
  neverV6: blockList('ipv6', neverV6),
};

/**
 * Classifies an IP address (v4, or v6 in any spelling). IPv6 forms that carry an IPv4 address
 * (IPv4-mapped `::ffff:a.b.c.d`, IPv4-compatible `::a.b.c.d`, NAT64 `64:ff9b::/96`, 6to4
 * `2002::/16`) are judged by that IPv4 address, so `::ffff:127.0.0.1` is loopback. Undefined when
 * the text is not an IP address.
 */
export function classifyAddress(address: string): AddressRange | undefined {
  if (isIPv4(address)) return classifyV4(address);
  if (!isIPv6(address)) return undefined;
  const words = expandIpv6(address);
  const embedded = embeddedIpv4(words);
  if (embedded !== undefined) return classifyV4(embedded);
  const canonical = words.map((w) => w.toString(16)).join(':');
  if (lists.neverV6.check(canonical, 'ipv6')) return 'never';
  if (lists.internalV6.check(canonical, 'ipv6')) return 'internal';
  return 'public';
}

function classifyV4(address: string): AddressRange {
  if (address === '255.255.255.255' || lists.neverV4.check(address, 'ipv4')) return 'never';
  return lists.internalV4.check(address, 'ipv4') ? 'internal' : 'public';
}

/** The eight 16-bit words of a valid IPv6 address (`::` expanded, a dotted IPv4 tail converted). */
function expandIpv6(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
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
