/**
 * Header mapping: column names in our nine languages (plus common variants),
 * compared case-, space-, accent- and punctuation-insensitively.
 */
import type { CsvField } from './types';

/** Synonyms per field, as people write them (normalised at load). */
export const HEADER_SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  email: [
    // en
    'Email',
    'E-mail',
    'Mail',
    'Email Address',
    'E-mail Address',
    'Email ID',
    'Work Email',
    'Business Email',
    'User Email',
    // fr
    'Adresse e-mail',
    'Adresse mail',
    'Adresse électronique',
    'Courriel',
    'Adresse courriel',
    'Mél',
    // es
    'Correo electrónico',
    'Correo',
    'Dirección de correo electrónico',
    'Dirección de correo',
    'Dirección de email',
    // it
    'Indirizzo email',
    'Posta elettronica',
    'Indirizzo di posta elettronica',
    // sv
    'E-postadress',
    'E-post',
    'Mejladress',
    'Mailadress',
    // de
    'E-Mail-Adresse',
    'Mail-Adresse',
    // ja
    'メールアドレス',
    'メール',
    '電子メール',
    'Eメール',
    'Eメールアドレス',
    // pt_BR
    'Endereço de e-mail',
    'Correio eletrônico',
    // zh_CN
    '电子邮件',
    '电子邮件地址',
    '电子邮箱',
    '邮箱',
    '邮箱地址',
    '邮件地址',
  ],
  firstName: [
    'First Name',
    'Given Name',
    'Forename',
    'First',
    'Prénom',
    'Nombre',
    'Nombre de pila',
    'Nome',
    'Primeiro nome',
    'Förnamn',
    'Vorname',
    '名',
    'ファーストネーム',
  ],
  lastName: [
    'Last Name',
    'Surname',
    'Family Name',
    'Last',
    'Nom',
    'Nom de famille',
    'Apellido',
    'Apellidos',
    'Cognome',
    'Sobrenome',
    'Último nome',
    'Efternamn',
    'Nachname',
    'Familienname',
    '姓',
    '苗字',
    'ラストネーム',
  ],
  fullName: [
    'Name',
    'Full Name',
    'Display Name',
    'Nom complet',
    'Nombre completo',
    'Nome completo',
    'Namn',
    'Fullständigt namn',
    'Vollständiger Name',
    '氏名',
    '名前',
    'フルネーム',
    '姓名',
    '全名',
  ],
  team: ['Team', 'Équipe', 'Equipo', 'Squadra', 'Lag', 'チーム', 'Equipe', '团队', '小组'],
  role: [
    'Role',
    'Rôle',
    'Rol',
    'Función',
    'Ruolo',
    'Roll',
    'Rolle',
    'ロール',
    '役割',
    'Função',
    'Papel',
    '角色',
  ],
  title: [
    'Title',
    'Job Title',
    'Titre',
    'Fonction',
    'Poste',
    'Intitulé du poste',
    'Cargo',
    'Puesto',
    'Título',
    'Qualifica',
    'Titolo',
    'Titel',
    'Befattning',
    'Position',
    'Berufsbezeichnung',
    '役職',
    '职位',
    '职务',
    '头衔',
  ],
};

const COMBINING = /\p{M}/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]/gu;

/** No known header is longer: a longer cell (a quote storm's one cell) is compared as written. */
const MAX_HEADER_CHARS = 200;

/** Case-, space-, accent- and punctuation-insensitive form of a header. */
export function normaliseHeader(text: string): string {
  if (text.length > MAX_HEADER_CHARS) return text;
  return text.normalize('NFKD').replace(COMBINING, '').toLowerCase().replace(NOT_ALNUM, '');
}

// Built on first use, not when the panel loads (the panel bundles this library).
let lookup: ReadonlyMap<string, CsvField> | undefined;
const buildLookup = (): ReadonlyMap<string, CsvField> => {
  const map = new Map<string, CsvField>();
  for (const [field, names] of Object.entries(HEADER_SYNONYMS) as [CsvField, readonly string[]][]) {
    for (const name of names) {
      const key = normaliseHeader(name);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
};

export function fieldOfHeader(text: string): CsvField | null {
  if (text.length > MAX_HEADER_CHARS) return null;
  lookup ??= buildLookup();
  return lookup.get(normaliseHeader(text)) ?? null;
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
