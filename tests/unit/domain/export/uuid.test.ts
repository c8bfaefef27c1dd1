/** The pure SHA-1 and UUID v5 give exactly what node:crypto gives, so no export id changed when it replaced node:crypto. */
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { ROUTEKAART_UUID_NAMESPACE, sha1, uuidV5 } from '../../../../src/domain/export/uuid.ts';

/** The implementation with node:crypto that uuid.ts replaced. */
function uuidV5MetNode(naam: string, namespace = ROUTEKAART_UUID_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(naam, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

describe('sha1', () => {
  test('the FIPS 180 test vectors', () => {
    const hex = (tekst: string) => Buffer.from(sha1(new TextEncoder().encode(tekst))).toString('hex');
    expect(hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  test('equals node:crypto for every length around the block boundaries', () => {
    for (let lengte = 0; lengte <= 200; lengte++) {
      const bytes = Uint8Array.from({ length: lengte }, (_, i) => (i * 31 + lengte) & 0xff);
      expect(Buffer.from(sha1(bytes)).toString('hex'), `lengte ${lengte}`).toBe(createHash('sha1').update(bytes).digest('hex'));
    }
  });
});

describe('uuidV5', () => {
  test('RFC 4122 (known value) and the same ids as with node:crypto, accents included', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    for (const naam of ['voorbeeldregio/aanbieder/ggd', 'proefregio/voorziening/diëtist/één aanbieder', '', 'x'.repeat(300)]) {
      expect(uuidV5(naam)).toBe(uuidV5MetNode(naam));
    }
  });
});
