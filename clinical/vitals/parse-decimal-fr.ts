// Numbers as the assistant types them: "37,5" as well as "37.5". No thousands separators and no
// exponent, so a stray character is an error rather than a silently different number. Numbers
// shown are written in the reader's locale by the renderer of clinical/message.ts.

const DECIMAL = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** "37,5" → 37.5; null for anything that is not a plain decimal number. */
export function parseDecimalFr(text: string): number | null {
  const trimmed = text.trim().replace(/\u00a0|\u202f/g, '');
  if (!DECIMAL.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

/** Round half away from zero to `decimals` decimals, immune to 1.005-style binary artefacts. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Math.sign(value) * Number.EPSILON * Math.max(1, Math.abs(value))) * factor) / factor;
}
