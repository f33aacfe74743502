import type { Handlers } from '../server';
import type { IntakeService } from '../../storage/intake-service';

type IntakeTypes = 'intake.templates' | 'intake.template.save' | 'intake.template.delete' | 'intake.current' | 'intake.start' | 'intake.save' | 'intake.finish' | 'intake.discard' | 'intake.handedOff' | 'intake.stats';

/** The intake service's part of the background's message handlers. */
export function intakeHandlers(s: IntakeService): Pick<Handlers, IntakeTypes> {
  return {
    'intake.templates': async () => ({ templates: await s.listTemplates() }),
    'intake.template.save': (r) => s.saveTemplate(r.template),
    'intake.template.delete': async (r) => ({ deleted: await s.deleteTemplate(r.id) }),
    'intake.current': (r) => s.current(r.patientKey),
    'intake.start': async (r) => ({ intake: await s.start(r) }),
    'intake.save': async (r) => ({ intake: await s.save(r) }),
    'intake.finish': async (r) => ({ intake: await s.finish(r) }),
    'intake.discard': async (r) => ({ discarded: await s.discard(r) }),
    'intake.handedOff': async (r) => ({ intake: await s.handedOff(r) }),
    'intake.stats': (r) => s.stats(r),
  };
}
