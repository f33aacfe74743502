import type { PatientContext } from '../../clinical/identity/patient-context';
import type { IntakeRecord } from '../../clinical/intake/records';
import { computeIntake } from '../../clinical/intake';
import { t, formatDate, formatDateTime } from '../../i18n/ui-language';
import { DoctorView } from './DoctorView';

// Past intakes of this patient, newest first, each unfolding into its full summary with values.
export function History({ history, patient }: { history: IntakeRecord[]; patient: PatientContext }) {
  if (!history.length) return <p class="ik-derived" data-testid="ik-history-empty">{t('ikHistoryEmpty')}</p>;
  return (
    <ul class="ik-history" data-testid="ik-history">
      {history.map((h, i) => {
        const calc = computeIntake({ date: h.date, template: h.template, values: h.values, prevention: h.prevention, patient: { birthDate: patient.birthDate, sex: patient.sex }, finished: true, previous: history[i + 1]?.values });
        return (
          <li key={h.id}>
            <details>
              <summary>
                {t('ikHistoryLine', [formatDate(h.date), h.template.name, String(calc.summary.flags.length)])}
                {h.handedOffAt !== undefined && <span class="ik-derived"> · {t('ikHandedOffAt', formatDateTime(h.handedOffAt))}</span>}
              </summary>
              <DoctorView summary={calc.summary} source="local" />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
