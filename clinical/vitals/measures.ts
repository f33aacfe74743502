// The measures of the vitals form, their unit and plausible input range (clinical reference
// sheet, "Vital signs"). Outside the range the value is refused as an entry error.

export const MEASURES = {
  systolic: { label: 'TA systolique', unit: 'mmHg', min: 50, max: 300, integer: false },
  diastolic: { label: 'TA diastolique', unit: 'mmHg', min: 20, max: 200, integer: false },
  heartRate: { label: 'Fréquence cardiaque', unit: '/min', min: 20, max: 250, integer: false },
  spo2: { label: 'SpO2', unit: '%', min: 50, max: 100, integer: false },
  temperature: { label: 'Température', unit: '°C', min: 30, max: 45, integer: false },
  weightKg: { label: 'Poids', unit: 'kg', min: 0.3, max: 400, integer: false },
  heightCm: { label: 'Taille', unit: 'cm', min: 20, max: 250, integer: false },
  waistCm: { label: 'Tour de taille', unit: 'cm', min: 20, max: 250, integer: false },
  glycemiaGL: { label: 'Glycémie capillaire', unit: 'g/L', min: 0.2, max: 6.0, integer: false },
  pain: { label: 'Douleur (EVA)', unit: '', min: 0, max: 10, integer: true },
} as const;

export type MeasureKey = keyof typeof MEASURES;

export interface MeasureSpec {
  readonly label: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}
