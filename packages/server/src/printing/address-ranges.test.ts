import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address-ranges';

describe('classifyAddress', () => {
  it('puts this machine and its own networks in internal, in every IPv4 range the server must not reach on its own', () => {
    for (const address of ['127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.254', '192.168.1.10', '100.64.0.1', '100.127.255.255', '169.254.169.254', '198.18.0.5', '192.0.0.8']) {
      expect(classifyAddress(address), address).toBe('internal');
    }
  });

  it('puts IPv6 loopback, unique-local, link-local and IPv6 spellings of internal IPv4 addresses in internal', () => {
    for (const address of ['::1', '0:0:0:0:0:0:0:1', 'fc00::1', 'fd12:3456::9', 'fe80::1', 'fe80::1%eth0', 'febf::1', 'fec0::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:10.0.0.1', '::ffff:169.254.169.254', '::127.0.0.1', '64:ff9b::10.0.0.1', '64:ff9b::7f00:1', '2002:c0a8:101::1']) {
      expect(classifyAddress(address), address).toBe('internal');
    }
  });

  it('refuses addresses that are no single host: unspecified, multicast, broadcast, reserved', () => {
    for (const address of ['0.0.0.0', '0.1.2.3', '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1', '::', 'ff02::1', '::ffff:0.0.0.0']) {
      expect(classifyAddress(address), address).toBe('never');
    }
  });

  it('leaves the rest of the internet public, right next to the internal ranges', () => {
    for (const address of ['8.8.8.8', '192.0.2.7', '172.15.255.255', '172.32.0.0', '100.63.255.255', '100.128.0.0', '11.0.0.1', '169.253.0.1', '2001:db8::7', '2606:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', 'fbff::1', 'fe00::1']) {
      expect(classifyAddress(address), address).toBe('public');
    }
  });

  it('does not classify what is not an IP address', () => {
    for (const text of ['localhost', 'printer.local', '127.0.0.1.nip.io', '', '1.2.3', '::g']) expect(classifyAddress(text), text).toBeUndefined();
  });
});
