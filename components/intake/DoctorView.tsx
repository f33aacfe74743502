import type { IntakeSummary } from '../../clinical/intake';
import { t, tx, formatDate } from '../../i18n/ui-language';
import type { FlagLevel } from '../../clinical/vitals';

const LEVELS: FlagLevel[] = ['alerte', 'attention', 'info'];

// The doctor's 10-second read: what needs attention first, then the measures and the checklist.
export function DoctorView({ summary, source }: { summary: IntakeSummary; source: 'local' | 'record' }) {
  return (
    <section class="ik-doctor" data-testid="ik-doctor" aria-label={t('ikDoctorView')}>
      <p class="ik-meta" data-testid="ik-doctor-source">
        {t(source === 'record' ? 'ikFromRecord' : 'ikFromLocal', [formatDate(summary.date), summary.templateName])}
        {' · '}{t(summary.finished ? 'ikStateDone' : 'ikStateOpen')}
      </p>
      <h3 class="pc-h3">{t('ikToFlag')}</h3>
      {/* Grouped by level, the level said once in words (and in colour), not on every line. */}
      {summary.flags.length ? (
        <div data-testid="ik-doctor-flags">
          {LEVELS.map((level) => {
            const flags = summary.flags.filter((f) => f.level === level);
            return flags.length > 0 && (
              <div key={level} class={`ik-flag-group ik-group-${level}`}>
                <h4 class="ik-flag-level">{t(`ikLevelGroup_${level}`)}</h4>
                <ul class="ik-flags">{flags.map((f, i) => <li key={i} class={`ik-flag ik-${level}`}>{tx(f.text)}</li>)}</ul>
              </div>
            );
          })}
        </div>
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
