import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { LockButton } from '../../components/lock/LockButton';
import { RequestError, type Send } from '../../messaging/client';

// "Verrouiller": what was typed is saved first; a failure there or of the lock itself is not swallowed.
describe('Verrouiller button', () => {
  const status = { enabled: true, locked: false, idleMinutes: 10, pending: false, retryInMs: 0 };

  it('locks even when the last save failed (that text stays in the draft journal), and says it', async () => {
    const asked: string[] = [];
    const send = vi.fn(async (r: { type: string }) => { asked.push(r.type); return status; }) as unknown as Send;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<LockButton send={send} beforeLock={() => Promise.reject(new Error('disque plein'))} />);
    fireEvent.click(await screen.findByTestId('pc-lock-now'));
    await waitFor(() => expect(asked).toContain('lock.lock'));
    expect(error).toHaveBeenCalledWith(expect.stringContaining('verrouillage'), expect.objectContaining({ message: 'disque plein' }));
  });

  it('shows why the lock could not be closed', async () => {
    const send = vi.fn(async (r: { type: string }) => {
      if (r.type === 'lock.lock') throw new RequestError('Stockage indisponible.');
      return status;
    }) as unknown as Send;
    render(<LockButton send={send} beforeLock={async () => undefined} />);
    fireEvent.click(await screen.findByTestId('pc-lock-now'));
    expect((await screen.findByTestId('pc-lock-now-error')).textContent).toBe('Stockage indisponible.');
  });
});
