import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SitesSection } from '../../components/options/SitesSection';
import type { Send } from '../../messaging/client';
import type { Request } from '../../messaging/protocol';

function setup() {
  let active = ['https://app.example.fr/*', 'http://127.0.0.1/*'];
  let rules = [{ id: 'rule-00000001', pattern: 'https://app.example.fr/*', createdAt: 0, fields: { birthName: { label: 'Nom' }, firstNames: { label: 'Prénom' }, birthDate: { label: 'DDN' } } }];
  const asked: Request[] = [];
  const send = (async (req: Request) => {
    asked.push(req);
    switch (req.type) {
      case 'sites.list': return { active };
      case 'sites.deactivate': active = active.filter((p) => p !== req.pattern); return { active };
      case 'siteRules.list': return { rules };
      case 'siteRules.delete': rules = []; return { deleted: true };
      case 'siteRules.import': throw new Error('Règle de lecture invalide : rules.0.fields.birthDate : Sélecteur positionnel refusé');
      default: return {};
    }
  }) as Send;
  render(<SitesSection send={send} />);
  return { asked };
}

describe('settings: sites and taught rules', () => {
  it('lists the active sites and removes one', async () => {
    const { asked } = setup();
    await waitFor(() => expect(screen.getByTestId('op-sites').textContent).toContain('https://app.example.fr'));
    fireEvent.click(screen.getByRole('button', { name: 'Retirer https://app.example.fr' }));
    await waitFor(() => expect(screen.getByTestId('op-sites').textContent).not.toContain('app.example.fr'));
    expect(asked).toContainEqual({ type: 'sites.deactivate', pattern: 'https://app.example.fr/*' });
  });

  it('forgets a taught rule', async () => {
    setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Oublier la règle' }));
    await waitFor(() => expect(screen.getByText('Aucune règle apprise.')).toBeTruthy());
    expect(screen.getByTestId('op-sites-msg').textContent).toBe('Règle oubliée.');
  });

  it('shows, in French, why an imported file is refused', async () => {
    setup();
    const input = (await screen.findByLabelText('Importer des règles…')) as HTMLInputElement;
    const file = new File(['{"format":"preconsult-site-rules"}'], 'regles.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('op-sites-msg').textContent).toContain('Sélecteur positionnel refusé'));
  });
});
