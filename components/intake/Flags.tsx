import type { FlagLevel } from '../../clinical/vitals';
import type { Text } from '../../clinical/message';
import { t, tx } from '../../i18n/ui-language';

// A flag in colour AND in words (the level is spelled out, never colour alone).
export function FlagLine({ level, text, testid }: { level: FlagLevel; text: Text; testid?: string }) {
  return (
    <li class={`ik-flag ik-${level}`} data-testid={testid ?? 'ik-flag'}>
      <strong>{t(`ikLevel_${level}`)}</strong> {tx(text)}
    </li>
  );
}

export function FlagList({ flags, testid }: { flags: readonly { level: FlagLevel; text?: Text; label?: Text }[]; testid?: string }) {
  if (!flags.length) return null;
  return (
    <ul class="ik-flags" data-testid={testid}>
      {flags.map((f, i) => <FlagLine key={i} level={f.level} text={f.text ?? f.label ?? ''} />)}
    </ul>
  );
}
