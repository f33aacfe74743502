import { useEffect, useState } from 'preact/hooks';
import type { Send } from '../../messaging/client';
import type { IntakeStats } from '../../clinical/intake/records';
import { t, formatDate } from '../../i18n/ui-language';
import { BarChart } from './BarChart';

const DAYS = 14;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? t('opSeconds', String(s)) : t('opMinutes', [String(Math.floor(s / 60)), String(s % 60).padStart(2, '0')]);
}

// The practice's own figures, computed from this workstation's database only.
export function StatsSection({ send, today }: { send: Send; today: () => string }) {
  const [stats, setStats] = useState<IntakeStats | null>(null);
  const [error, setError] = useState('');
  useEffect(() => void send({ type: 'intake.stats', today: today(), days: DAYS }).then(setStats, (e) => setError(String(e instanceof Error ? e.message : e))), []);
  if (error) return <p role="alert" class="ik-error">{t('loadError', error)}</p>;
  if (!stats) return <p class="pc-info">{t('statusLoading')}</p>;
  return (
    <div class="op-stats" data-testid="op-stats">
      <p class="pc-info">{t('opFiguresHelp', String(DAYS))}</p>
      <BarChart bars={stats.perDay.map((d) => ({ label: formatDate(d.date), value: d.count }))} title={t('opPerDay', String(DAYS))} />
      <dl class="op-figures">
        <div><dt>{t('opTotal')}</dt><dd data-testid="op-total">{stats.total}</dd></div>
        <div><dt>{t('opMedian')}</dt><dd data-testid="op-median">{stats.medianMs === null ? '—' : duration(stats.medianMs)}</dd></div>
        <div><dt>{t('opCompleted')}</dt><dd data-testid="op-completed">{stats.completedShare === null ? '—' : t('opPercent', Math.round(stats.completedShare * 100))}</dd></div>
      </dl>
    </div>
  );
}
