import { gcm } from '@noble/ciphers/aes.js';

// Row sealing for the lock (storage/lock/): what a row holds beyond its keys and indexed fields is
// encrypted with AES-256-GCM under the data key. Synchronous on purpose: it runs inside Dexie
// transactions, which an awaited WebCrypto call would let commit early. The clear fields are
// authenticated too (AAD), so a sealed body cannot be moved onto another row or patient.
export const SEAL_FIELD = '$sealed';

export interface SealedBody {
  v: 1;
  iv: Uint8Array;
  ct: Uint8Array;
}
type Row = Record<string, unknown>;

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: true });

export const isSealed = (row: unknown): row is Row & { [SEAL_FIELD]: SealedBody } => {
  const s = (row as Row | null)?.[SEAL_FIELD] as Partial<SealedBody> | undefined;
  return !!s && s.v === 1 && s.iv instanceof Uint8Array && s.ct instanceof Uint8Array;
};

/** The table and the clear fields, in a fixed order: what the ciphertext is bound to. */
function aad(table: string, clear: Row): Uint8Array {
  const fields = Object.keys(clear).sort().map((k) => [k, clear[k]]);
  return enc.encode(JSON.stringify([table, fields]));
}

export function sealRow(table: string, row: Row, clearFields: readonly string[], key: Uint8Array): Row {
  const clear: Row = {};
  const secret: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === undefined) continue;
    (clearFields.includes(k) ? clear : secret)[k] = v;
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = gcm(key, iv, aad(table, clear)).encrypt(enc.encode(JSON.stringify(secret)));
  return { ...clear, [SEAL_FIELD]: { v: 1, iv, ct } satisfies SealedBody };
}

/** The row as it was before sealing. Throws when the key is wrong or the row was altered. */
export function openRow(table: string, row: Row & { [SEAL_FIELD]: SealedBody }, key: Uint8Array): Row {
  const { [SEAL_FIELD]: body, ...clear } = row;
  const secret = JSON.parse(dec.decode(gcm(key, body.iv, aad(table, clear)).decrypt(body.ct))) as Row;
  return { ...clear, ...secret };
}
