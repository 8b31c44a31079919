// Shared by share.test.mjs and scripts/bench.mjs.
// The formats written again in a few lines, to make links and codes the app did not make.
function crc16(bytes) {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return [crc >> 8, crc & 0xff];
}

/** An assignment code: base64url of the bytes and their CRC-16. */
export function assignmentCode(bytes) {
  return Buffer.from([...bytes, ...crc16(bytes)]).toString('base64url');
}

/** The fingerprint of an assignment code: FNV-1a of its bytes, folded to 32 bits. */
export function fingerprint(code) {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(code, 'base64url').subarray(0, -2)) h = ((h ^ BigInt(b)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return Number((h ^ (h >> 32n)) & 0xffffffffn);
}

/** A result code for that fingerprint: all right, submitted at minute `at`;
 * version 2 (with a student number and an attempt) when `number` is given. */
/** Crockford base32 of the bytes and their CRC-16, after `WD-`. */
function sealCode(bytes) {
  const sealed = [...bytes, ...crc16(bytes)];
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let out = '', acc = 0, held = 0;
  for (const b of sealed) {
    acc = ((acc << 8) | b) & 0xffff; held += 8;
    while (held >= 5) { held -= 5; out += alphabet[(acc >> held) & 31]; }
  }
  if (held > 0) out += alphabet[(acc << (5 - held)) & 31];
  return `WD-${out}`;
}

/** A version 3 result code: `marks` as 'blank' | 'wrong' | 'partial' | 'right', and
 * one detail byte per wrong or partly right mark (the choices picked, or the parts right). */
export function resultCodeV3(fp, name, number, marks, details, at = 3_600_000) {
  const bits = { blank: 0, wrong: 1, partial: 2, right: 3 };
  const n = marks.length;
  const tenths = marks.filter((m) => m === 'right').length * 10;
  const packed = Array.from({ length: Math.ceil(n / 4) }, (_, i) => [0, 1, 2, 3].reduce((b, k) => b | ((bits[marks[i * 4 + k]] ?? 0) << (6 - 2 * k)), 0));
  const text = (t) => [Buffer.from(t).length, ...Buffer.from(t)];
  return sealCode([3, fp >>> 24, (fp >>> 16) & 255, (fp >>> 8) & 255, fp & 255, at >>> 24, (at >>> 16) & 255, (at >>> 8) & 255, at & 255,
    tenths >> 8, tenths & 255, n, ...packed, ...text(name), ...text(number), 1, details.length, ...details]);
}

export function resultCode(fp, name, n, at, number, attempt = 1) {
  const nameBytes = [...Buffer.from(name)];
  const v2 = number === undefined ? [] : [Buffer.from(number).length, ...Buffer.from(number), attempt];
  const marks = Array.from({ length: Math.ceil(n / 4) }, (_, i) => [0, 1, 2, 3].reduce((b, k) => b | ((i * 4 + k < n ? 3 : 0) << (6 - 2 * k)), 0));
  const bytes = [v2.length ? 2 : 1, fp >>> 24, (fp >>> 16) & 255, (fp >>> 8) & 255, fp & 255, at >>> 24, (at >>> 16) & 255, (at >>> 8) & 255, at & 255,
    0, n * 10, n, ...marks, nameBytes.length, ...nameBytes, ...v2];
  return sealCode(bytes);
}

