import type { ComponentChild } from 'preact';
import type { Send } from '../../messaging/client';
import type { Role } from '../../messaging/storage-keys';
import { t } from '../../i18n/ui-language';
import { TemplatesSection } from './TemplatesSection';
import { RoleSection } from './RoleSection';
import { StatsSection } from './StatsSection';
import { SitesSection } from './SitesSection';
import { BackupSection } from './BackupSection';
import { RetentionSection } from './RetentionSection';
import { LockSection } from './LockSection';
import { PracticeSection } from './PracticeSection';

export interface OptionsDeps {
  send: Send;
  loadRole: () => Promise<Role>;
  saveRole: (r: Role) => Promise<Role>;
  today: () => string;
}

export interface OptionsSection {
  id: string;
  /** i18n key of the section's title. */
  titleKey: string;
  render: (deps: OptionsDeps) => ComponentChild;
}

// The settings page is a list of sections; each feature adds one entry here and keeps its UI in
// its own file.
export const sections: OptionsSection[] = [
  { id: 'role', titleKey: 'opRoleTitle', render: (d) => <RoleSection deps={d} /> },
  { id: 'practice', titleKey: 'opPracticeTitle', render: () => <PracticeSection /> },
  { id: 'sites', titleKey: 'opSitesTitle', render: (d) => <SitesSection send={d.send} /> },
  { id: 'templates', titleKey: 'opTemplatesTitle', render: (d) => <TemplatesSection send={d.send} /> },
  { id: 'figures', titleKey: 'opFiguresTitle', render: (d) => <StatsSection send={d.send} today={d.today} /> },
  { id: 'backup', titleKey: 'bkTitle', render: (d) => <BackupSection send={d.send} today={d.today} /> },
  { id: 'retention', titleKey: 'rtTitle', render: (d) => <RetentionSection send={d.send} /> },
  { id: 'lock', titleKey: 'optLockTitle', render: (d) => <LockSection send={d.send} /> },
];

export function OptionsApp({ deps }: { deps: OptionsDeps }) {
  return (
    <div class="op-page">
      <h1>{t('opTitle')}</h1>
      <nav class="op-toc" aria-label={t('opSections')}>
        {sections.map((s) => <a key={s.id} href={`#op-${s.id}`}>{t(s.titleKey)}</a>)}
      </nav>
      {sections.map((s) => (
        <section key={s.id} id={`op-${s.id}`} class="op-section" aria-labelledby={`op-${s.id}-h`}>
          <h2 id={`op-${s.id}-h`}>{t(s.titleKey)}</h2>
          {s.render(deps)}
        </section>
      ))}
    </div>
  );
}
