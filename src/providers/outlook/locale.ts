// The words Outlook on the web shows in its UI languages that the reader must
// recognise. Labels are localised (#6), so every lookup tries all languages we
// know; ids, data-* and roles come first wherever OWA offers them.

export const FROM_PREFIXES = ['From:', 'Von:', 'De :', 'De:', 'Van:'] as const;
export const TO_PREFIXES = ['To:', 'An:', 'À :', 'Para:', 'Aan:'] as const;
export const CC_PREFIXES = ['Cc:', 'Cc :', 'CC:'] as const;
export const UNREAD_WORDS = ['Unread', 'Ungelesen', 'Non lu', 'No leído', 'Ongelezen'] as const;
export const SEND_LABELS = ['Send', 'Senden', 'Envoyer', 'Enviar', 'Verzenden'] as const;
export const UNDO_LABELS = ['Undo', 'Rückgängig', 'Rückgängig machen', 'Annuler', 'Deshacer', 'Ongedaan maken'] as const;
/** The button above a long conversation's hidden messages (an unnamed OWA adapter clicks the English one). */
export const SEE_MORE_LABELS = ['See more messages'] as const;
/** Recipient wells' own labels ("To", "An", ...), without the colon. */
export const TO_WELL_LABELS = ['to', 'an', 'à', 'para', 'aan'] as const;
export const CC_WELL_LABELS = ['cc'] as const;
export const BCC_WELL_LABELS = ['bcc', 'cci', 'cco'] as const;

export const TODAY_WORDS = ['today', 'heute', "aujourd'hui", 'hoy', 'vandaag', 'dzisiaj', 'dzis'] as const;
export const YESTERDAY_WORDS = ['yesterday', 'gestern', 'hier', 'ayer', 'gisteren', 'wczoraj'] as const;

/** Weekday abbreviations (accents and dots stripped, lower case), Sunday first, per language. */
export const WEEKDAYS: readonly (readonly string[])[] = [
  ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'],
  ['dim', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam'],
  ['dom', 'lun', 'mar', 'mie', 'jue', 'vie', 'sab'],
  ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'],
  ['niedz', 'pon', 'wt', 'sr', 'czw', 'pt', 'sob'],
];

/** Month name prefixes (accents stripped, lower case) in en, de, fr, es, January first. */
export const MONTHS: readonly (readonly string[])[] = [
  ['jan', 'ene', 'janv'],
  ['feb', 'fev', 'fevr'],
  ['mar', 'maer', 'mars'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'aout', 'ago'],
  ['sep', 'sept'],
  ['oct', 'okt'],
  ['nov'],
  ['dec', 'dez', 'dic'],
];

/** Lower case, accents and trailing dots gone: "Mär." → "mar", "sáb" → "sab". */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\.$/, '').toLowerCase();
}

/** Whether `label` starts with one of `prefixes`; returns the rest of the label, trimmed. */
export function afterPrefix(label: string, prefixes: readonly string[]): string | null {
  for (const p of prefixes) if (label.startsWith(p)) return label.slice(p.length).trim();
  return null;
}
