// The measures of the vitals form, their unit and plausible input range (clinical reference
// sheet, "Vital signs"). Outside the range the value is refused as an entry error.
import { msg, type Msg } from '../message';

export const MEASURES = {
  systolic: { label: msg('vtMeasure_systolic'), unit: 'mmHg', min: 50, max: 300, integer: false },
  diastolic: { label: msg('vtMeasure_diastolic'), unit: 'mmHg', min: 20, max: 200, integer: false },
  heartRate: { label: msg('vtMeasure_heartRate'), unit: '/min', min: 20, max: 250, integer: false },
  spo2: { label: msg('vtMeasure_spo2'), unit: '%', min: 50, max: 100, integer: false },
  temperature: { label: msg('vtMeasure_temperature'), unit: '°C', min: 30, max: 45, integer: false },
  weightKg: { label: msg('vtMeasure_weightKg'), unit: 'kg', min: 0.3, max: 400, integer: false },
  heightCm: { label: msg('vtMeasure_heightCm'), unit: 'cm', min: 20, max: 250, integer: false },
  waistCm: { label: msg('vtMeasure_waistCm'), unit: 'cm', min: 20, max: 250, integer: false },
  glycemiaGL: { label: msg('vtMeasure_glycemiaGL'), unit: 'g/L', min: 0.2, max: 6.0, integer: false },
  pain: { label: msg('vtMeasure_pain'), unit: '', min: 0, max: 10, integer: true },
} as const;

export type MeasureKey = keyof typeof MEASURES;

export interface MeasureSpec {
  readonly label: Msg;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}
