import type { IntakeSummary } from '../../clinical/intake';
import { t, tx, formatDate } from '../i18n';
import { FlagLine } from './Flags';

// The doctor's 10-second read: what needs attention first, then the measures and the checklist.
export function DoctorView({ summary, source }: { summary: IntakeSummary; source: 'local' | 'record' }) {
  return (
    <section class="ik-doctor" data-testid="ik-doctor" aria-label={t('ikDoctorView')}>
      <p class="ik-meta" data-testid="ik-doctor-source">
        {t(source === 'record' ? 'ikFromRecord' : 'ikFromLocal', [formatDate(summary.date), summary.templateName])}
        {' · '}{t(summary.finished ? 'ikStateDone' : 'ikStateOpen')}
      </p>
      <h3 class="pc-h3">{t('ikToFlag')}</h3>
      {summary.flags.length ? (
        <ul class="ik-flags" data-testid="ik-doctor-flags">{summary.flags.map((f, i) => <FlagLine key={i} level={f.level} text={f.text} />)}</ul>
      ) : <p class="ik-derived">{t('ikNothingToFlag')}</p>}
      {summary.vitals.length > 0 && (
        <>
          <h3 class="pc-h3">{t('ikVitals')}</h3>
          <dl class="ik-dl" data-testid="ik-doctor-vitals">{summary.vitals.map((l, i) => <div key={i}><dt>{tx(l.label)}</dt><dd>{tx(l.value)}</dd></div>)}</dl>
        </>
      )}
      {summary.checklist.length > 0 && (
        <>
          <h3 class="pc-h3">{t('ikChecklist')}</h3>
          <dl class="ik-dl" data-testid="ik-doctor-checklist">{summary.checklist.map((l, i) => <div key={i}><dt>{tx(l.label)}</dt><dd>{tx(l.value)}</dd></div>)}</dl>
        </>
      )}
    </section>
  );
}
