import { candidate, type SiteAdapter } from './adapter';
import { parseDate } from '../clinical/identity/date';
import type { Detection } from '../clinical/identity/patient-context';

/** The banner's JJ/MM/AAAA, read with the shared date parser (impossible dates refused). */
const parseBirthDate = (s: string | undefined) => (s ? parseDate(s) ?? undefined : undefined);

// Adapter for MédiDémo, the bundled demo record software (demo/). Selectors in one place, each
// with the pages it must match in tests/unit/sites/demo-adapter.test.tsx.
export const demoSelectors = {
  /** The application shell: present on every MédiDémo page. */
  appMarker: 'header.md-top',
  /** The identity banner of a record page; absent on the patient list. */
  banner: 'section.md-banner[aria-label="Identité du patient"]',
  field: (name: string) => `[data-md-field="${name}"]`,
  /** The record's consultation note, where the intake hand-off block is written and read back. */
  noteField: '#note-consultation',
};

const insStatus: Record<string, 'qualifiee' | 'validee' | 'recuperee' | 'provisoire'> = {
  'qualifiée': 'qualifiee', 'validée': 'validee', 'récupérée': 'recuperee', provisoire: 'provisoire',
};

/** Messages are injected so this file stays free of i18n and browser APIs. */
export interface DemoMessages {
  noRecord: string;
  missing: (field: string) => string;
  several: string;
}

export function demoAdapter(messages: DemoMessages): SiteAdapter {
  return {
    id: 'medidemo',
    matches: (doc) => doc.querySelector(demoSelectors.appMarker) !== null,
    fingerprint: (doc) => {
      const banners = doc.querySelectorAll(demoSelectors.banner);
      let s = String(banners.length);
      banners.forEach((b) => { s += `|${b.getAttribute('data-md-patient-id')}|${b.textContent}`; });
      return s;
    },
    detect(doc, url): Detection {
      const banners = doc.querySelectorAll(demoSelectors.banner);
      if (banners.length === 0) return { kind: 'none', reason: messages.noRecord };
      if (banners.length > 1) return { kind: 'ambiguous', reason: messages.several, candidates: [] };
      const banner = banners[0]!;
      const read = (name: string) => banner.querySelector(demoSelectors.field(name))?.textContent?.trim() || undefined;
      const usedName = read('nom-utilise');
      const birthName = read('nom-naissance');
      const sex = read('sexe');
      const nir = read('nir')?.replace(/[\s.]/g, '');
      return candidate(
        {
          adapter: 'medidemo',
          origin: url.origin,
          recordId: banner.getAttribute('data-md-patient-id') ?? undefined,
          birthName,
          usedName: usedName && usedName !== birthName ? usedName : undefined,
          firstNames: read('prenoms'),
          birthDate: parseBirthDate(read('date-naissance')),
          sex: sex === 'Féminin' ? 'F' : sex === 'Masculin' ? 'M' : undefined,
          nir,
          insStatus: insStatus[read('statut-ins')?.toLowerCase() ?? ''],
          confidence: 1,
        },
        messages.missing,
      );
    },
  };
}
