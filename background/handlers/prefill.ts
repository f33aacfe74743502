import type { Handlers } from '../server';
import type { PrefillService } from '../../storage/prefill-service';

type PrefillType = 'profile.get' | 'profile.save' | 'formMapping.get' | 'form.filled' | 'documentSets.list' | 'documentSet.tick' | 'referrals.list' | 'referral.save' | 'referral.delete';

/** The pre-fill service's part of the background's message handlers. */
export function prefillHandlers(s: PrefillService): Pick<Handlers, PrefillType> {
  return {
    'profile.get': (r) => s.getProfile(r.patientKey),
    'profile.save': (r) => s.saveProfile(r.patientKey, r.profile, r.baseRev, r.clientId),
    'formMapping.get': (r) => s.getMapping(r.signature),
    'form.filled': (r) => s.recordFill(r),
    'documentSets.list': async (r) => ({ sets: await s.listDocumentSets(r.patientKey) }),
    'documentSet.tick': async (r) => ({ set: await s.tickPiece(r) }),
    'referrals.list': async (r) => ({ referrals: await s.listReferrals(r.patientKey) }),
    'referral.save': async (r) => ({ referral: await s.saveReferral(r.patientKey, r.referral) }),
    'referral.delete': async (r) => ({ deleted: await s.deleteReferral(r.patientKey, r.id) }),
  };
}
