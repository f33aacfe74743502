// Messages of the identity checks, as descriptors (clinical/message.ts): the texts live in the
// locale catalogues (idNir…, age…), French and English.
import { msg, plural, type Msg } from '../message';

/** Why a NIR is refused. */
export type NirErrorCode = 'empty' | 'chars' | 'missingKey' | 'length' | 'sexDigit' | 'month' | 'department' | 'key';

/** `nir` is the normalised input the code was found on. */
export function nirErrorMessage(code: NirErrorCode, nir: string): Msg {
  switch (code) {
    case 'length':
      return msg('idNir_length', nir.length);
    case 'month':
      return msg('idNir_month', nir.slice(3, 5));
    // The expected key is deliberately not shown: the typo may be in the 13 digits, not in the key.
    case 'key':
      return msg('idNir_key', nir.slice(13));
    default:
      return msg(`idNir_${code}`);
  }
}

export const consistencyMessages = {
  /** The NIR says `nir`; the sex shown is the other one. */
  sex: (nir: 'F' | 'M') => msg(nir === 'F' ? 'idNirSex_F' : 'idNirSex_M'),
  year: (yy: string, yyyy: string) => msg('idNirYear', yy, yyyy),
  month: (mm: string, given: string) => msg('idNirMonth', mm, given),
};

export const ageWords = {
  years: (n: number) => plural('ageYears', n),
  months: (n: number) => plural('ageMonths', n),
  days: (n: number) => plural('ageDays', n),
};
