import * as z from 'zod/mini';
import { ServiceError } from '../notes-service';

// The backup file: a small JSON envelope around AES-GCM 256 ciphertext whose key is derived from
// the passphrase with PBKDF2-SHA-256. Pure WebCrypto: runs the same in the service worker and in
// Node (tests). The passphrase is never kept; salt and IV are random for every export.
export const BACKUP_FORMAT = 'preconsult-backup';
export const ITERATIONS = 600_000;
// An imported file cannot ask for an absurd amount of work (nor a weak one).
const MAX_ITERATIONS = 10_000_000;

const b64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
export const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.gte(ITERATIONS), z.lte(MAX_ITERATIONS)),
    salt: b64,
  }),
  cipher: z.literal('AES-GCM-256'),
  iv: b64,
  data: b64,
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const toB64 = (u: Uint8Array) => {
  let s = '';
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
};
export const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));

export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** Encrypts `plaintext` (the JSON payload) into the text of a backup file. */
export async function encryptBackup(plaintext: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, ITERATIONS);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext)));
  const env: Envelope = {
    format: BACKUP_FORMAT, version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ITERATIONS, salt: toB64(salt) },
    cipher: 'AES-GCM-256', iv: toB64(iv), data: toB64(data),
  };
  return JSON.stringify(env);
}

/**
 * Reads a backup file back to its plaintext. Throws a ServiceError whose key says why: not JSON,
 * not a Préconsult backup (or a version this build does not know), or a failed decryption —
 * which cannot tell a wrong passphrase from altered bytes (AES-GCM authenticates both).
 */
export async function decryptBackup(file: string, passphrase: string): Promise<string> {
  let raw: unknown;
  try {
    raw = JSON.parse(file);
  } catch {
    throw new ServiceError('errBackupNotJson');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) throw new ServiceError('errBackupForeign');
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) throw new ServiceError('errBackupEnvelope', [env.error.issues[0]?.path.join('.') ?? '']);
  const { kdf, iv, data } = env.data;
  const ivBytes = fromB64(iv);
  const salt = fromB64(kdf.salt);
  if (ivBytes.length !== 12 || salt.length !== 16) throw new ServiceError('errBackupEnvelope', [ivBytes.length !== 12 ? 'iv' : 'kdf.salt']);
  const key = await deriveKey(passphrase, salt, kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: ivBytes }, key, fromB64(data));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new ServiceError('errBackupDecrypt');
  }
}
