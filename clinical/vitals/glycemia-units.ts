// Capillary glucose units: mmol/L = g/L × 5.551 (glucose, 180.16 g/mol).
import { roundTo } from './parse-decimal-fr';

export const GLYCEMIA_UNITS = ['g/L', 'mmol/L'] as const;
export type GlycemiaUnit = (typeof GLYCEMIA_UNITS)[number];

export const MMOL_PER_G = 5.551;

export const gPerLToMmol = (gPerL: number): number => gPerL * MMOL_PER_G;
export const mmolToGPerL = (mmol: number): number => mmol / MMOL_PER_G;

export function toGPerL(value: number, unit: GlycemiaUnit): number {
  return unit === 'g/L' ? value : mmolToGPerL(value);
}

/** Both units for display: g/L to 2 decimals, mmol/L to 1 decimal. */
export function glycemiaBothUnits(value: number, unit: GlycemiaUnit): { gPerL: number; mmolPerL: number } {
  const gPerL = toGPerL(value, unit);
  return { gPerL: roundTo(gPerL, 2), mmolPerL: roundTo(unit === 'mmol/L' ? value : gPerLToMmol(gPerL), 1) };
}
