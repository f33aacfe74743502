// The official forms' text fields are drawn with the PDF standard fonts (Helvetica), whose
// WinAnsi encoding holds French completely (é è à ç ô œ « » ’ €) but not every letter of every
// name. Decision: a letter outside WinAnsi is written as its closest WinAnsi letter (ł → l,
// ő → o, narrow no-break space → no-break space) and the preview says so, the field unticked
// until the user accepts; a character with no close letter (Chinese, emoji) cannot be written:
// the field is left for the user to fill by hand, with a message naming it. No font is embedded.

// Windows-1252 beyond Latin-1: what WinAnsi adds in 0x80–0x9F.
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const CLOSE: Record<string, string> = {
  '\u202f': '\u00a0', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ',
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T',
  '\u2010': '-', '\u2011': '-', '\u2212': '-', '\u2032': '’', '\u2033': '"', '\u02bc': '’',
};

export function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return ch === '\n' || (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || CP1252_EXTRA.includes(ch);
}

export interface WinAnsiText {
  text: string;
  /** Characters written as a close letter, with what replaced them. */
  replaced: [from: string, to: string][];
  /** Characters that cannot be written in the form's font. */
  impossible: string[];
}

export function toWinAnsi(input: string): WinAnsiText {
  const out: WinAnsiText = { text: '', replaced: [], impossible: [] };
  for (const ch of input) {
    if (isWinAnsi(ch)) {
      out.text += ch;
      continue;
    }
    const stripped = CLOSE[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (stripped && stripped !== ch && [...stripped].every(isWinAnsi)) {
      out.text += stripped;
      out.replaced.push([ch, stripped]);
    } else {
      out.impossible.push(ch);
    }
  }
  return out;
}
