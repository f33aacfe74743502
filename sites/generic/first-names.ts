import type { NameOrder } from '../../clinical/identity/name';
import { splitCivility } from '../../clinical/identity/sex';
import { fold } from '../../clinical/identity/text';

// A French page that writes a name in mixed case (« Jeanne Marie Lefèvre ») does not say which
// word is the family name; a person reads it because Jeanne is a first name and Lefèvre is not.
// Common first names in France (INSEE's file of first names, every generation), folded, leaving
// out those that are common family names too (Marie, Michel, Nicolas, Jacques…): a name is read
// only when one end is such a first name and the other is not; otherwise it stays unread.
const FIRST = new Set(
  'jeanne francoise monique catherine nathalie isabelle sylvie anne martine christine nicole jacqueline sophie valerie sandrine celine julie louise madeleine suzanne simone denise yvonne helene claire camille lucie emma lea manon chloe alice sarah pauline chantal brigitte therese elisabeth colette germaine marguerite bernadette juliette odette paulette ginette josiane danielle michele christiane veronique stephanie aurelie emilie laurence agnes cecile alain christian patrick eric frederic stephane christophe sebastien kevin jerome ludovic fabrice'.split(' '),
);

const isFirst = (w: string | undefined) => !!w && FIRST.has(fold(w.split('-')[0]!));

/** The order of a mixed-case name when one end is a known first name and the other is not. */
export function mixedOrder(text: string): NameOrder | undefined {
  const w = splitCivility(text).rest.split(/\s+/);
  if (w.length < 2) return undefined;
  if (isFirst(w[0])) return isFirst(w[w.length - 1]) ? undefined : 'given-first';
  return isFirst(w[1]) ? 'family-first' : undefined;
}
