// IMC (body-mass index) from weight in kg and height in cm, rounded to 1 decimal; adult classes
// are read on the rounded value so the displayed number and its class always agree.
import { roundTo } from './parse-decimal-fr';

export function computeBmi(weightKg: number, heightCm: number): number {
  const heightM = heightCm / 100;
  return roundTo(weightKg / (heightM * heightM), 1);
}
