import Bowser from 'bowser';

/** What the server keeps about a client: families and a truncated address, never the raw values. */
export interface ClientInfo {
  readonly browser: string;
  readonly os: string;
  /** desktop | mobile | tablet | other */
  readonly device: string;
  /** The address cut to its network: /24 for IPv4, /48 for IPv6. */
  readonly ipPrefix: string;
}

export function describeClient(userAgent: string | undefined, ip: string): ClientInfo {
  const parsed = userAgent ? Bowser.parse(userAgent) : undefined;
  const device = parsed?.platform.type ?? '';
  return {
    browser: parsed?.browser.name ?? '',
    os: parsed?.os.name ?? '',
    device: ['desktop', 'mobile', 'tablet'].includes(device) ? device : 'other',
    ipPrefix: truncateIp(ip),
  };
}

/** 203.0.113.77 -> 203.0.113.0/24; 2001:db8:1:2::5 -> 2001:db8:1::/48. */
export function truncateIp(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  return ip.includes(':') ? ipv6Prefix(ip, 3) : '';
}

/**
 * The address sign-in throttling counts: IPv4 whole, IPv6 cut to its /64, the block one
 * subscriber usually gets, so hopping between its addresses does not buy fresh attempts.
 */
export function throttleAddress(ip: string): string {
  if (/^(?:::ffff:)?\d+\.\d+\.\d+\.\d+$/.test(ip)) return ip.replace(/^::ffff:/, '');
  return ip.includes(':') ? ipv6Prefix(ip, 4) : ip;
}

/** The first `groups` 16-bit groups of an IPv6 address, written out: (2001:db8::5, 3) -> 2001:db8:0::/48. */
function ipv6Prefix(ip: string, groups: number): string {
  const [head = '', tail = ''] = ip.split('::');
  const headParts = head ? head.split(':') : [];
  const tailParts = tail ? tail.split(':') : [];
  const full = ip.includes('::') ? [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts] : headParts;
  return `${full.slice(0, groups).map((p) => (p || '0').replace(/^0+(?=.)/, '').toLowerCase()).join(':')}::/${groups * 16}`;
}
