// A flag is an observation about a measured value, shown to the assistant and the doctor.
// Labels describe the value against a threshold; they never state a diagnosis.
import type { Msg } from '../message';

export const FLAG_LEVELS = ['info', 'attention', 'alerte'] as const;
export type FlagLevel = (typeof FLAG_LEVELS)[number];

export interface VitalFlag {
  readonly code: string;
  readonly level: FlagLevel;
  readonly label: Msg;
}
