import type { AdminProfile } from './profile-schema';

// Which usual parts of the administrative file are still empty, so the panel can say what to
// look for and where it usually is (the record's administrative view) instead of filling half a
// form in silence. A part counts as present once its main values are there.

export const FILE_PARTS = ['identity', 'nir', 'address', 'insurance', 'phone'] as const;
export type FilePart = (typeof FILE_PARTS)[number];

export function missingParts(p: AdminProfile): FilePart[] {
  const has: Record<FilePart, boolean> = {
    identity: Boolean(p.identity.birthName && p.identity.firstNames && p.identity.birthDate),
    nir: Boolean(p.nir),
    address: Boolean(p.address.lines && p.address.postalCode && p.address.city),
    insurance: Boolean(p.insurance.caisse),
    phone: Boolean(p.phones.mobile || p.phones.home || p.phones.work),
  };
  return FILE_PARTS.filter((part) => !has[part]);
}
