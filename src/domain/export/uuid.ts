/**
 * UUID version 5 (RFC 4122): SHA-1 of a namespace and a name, so the same name gets the same id in every build.
 * SHA-1 is written out here (FIPS 180-4) because the domain runs in the browser too, where node:crypto is not;
 * it only makes ids, it protects nothing.
 */

/** SHA-1 of the bytes: 20 bytes. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const lengte = bytes.length;
  // The message, a 1 bit, zeros, and its length in bits as 64 bits: a whole number of 64-byte blocks.
  const blokken = Math.ceil((lengte + 9) / 64);
  const bericht = new Uint8Array(blokken * 64);
  bericht.set(bytes);
  bericht[lengte] = 0x80;
  const view = new DataView(bericht.buffer);
  view.setUint32(bericht.length - 8, Math.floor(lengte / 0x20000000));
  view.setUint32(bericht.length - 4, (lengte * 8) >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let blok = 0; blok < bericht.length; blok += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(blok + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
  }
  const uit = new Uint8Array(20);
  const uitView = new DataView(uit.buffer);
  h.forEach((woord, i) => uitView.setUint32(i * 4, woord));
  return uit;
}

/** Namespace of every routekaart UUID (a random v4, fixed once). */
export const ROUTEKAART_UUID_NAMESPACE = '657bd113-c3a8-4d26-b4eb-6184034c467e';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** RFC 4122 version 5: SHA-1 of namespace + name. */
export function uuidV5(naam: string, namespace = ROUTEKAART_UUID_NAMESPACE): string {
  const ns = namespace.replaceAll('-', '').match(/../g)!.map((byte) => parseInt(byte, 16));
  const tekst = new TextEncoder().encode(naam);
  const invoer = new Uint8Array(ns.length + tekst.length);
  invoer.set(ns);
  invoer.set(tekst, ns.length);
  const hash = sha1(invoer);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hex(hash.subarray(0, 16));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
