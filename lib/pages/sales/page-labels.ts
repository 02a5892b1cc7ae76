/**
 * Visible labels of the Marketo Sales web app (toutapp.com), per language: the
 * ones page recognition needs (the Sales bootstrap bundles only these; readers'
 * labels are in ./labels.ts).
 *
 * The Sales app's own localisation is undocumented (domain.md §4.2, §8.5), so
 * adapters match English first and use the localized strings as fallbacks.
 * Sources: the admin setup guide in every locale (domain.md §6.2). They are
 * machine translations (`tm+mt`) that differ between versions, so older and
 * newer wordings are both listed. Labels marked "(ui)" are not in the guide:
 * they are the usual wording of that control in each language.
 * it, sv and zh users mostly see English ([!UICONTROL] kept in English); their
 * entries hold the older translated strings only.
 */
export const SALES_LANGS = ['en', 'fr', 'es', 'de', 'ja', 'pt-BR', 'it', 'sv', 'zh'] as const;
export type SalesLang = (typeof SALES_LANGS)[number];

export type LocalizedLabels = { readonly en: readonly string[] } & {
  readonly [L in Exclude<SalesLang, 'en'>]?: readonly string[];
};

export const SALES_PAGE_LABELS = {
  /** Admin Settings entries; product names are not translated. */
  salesforce: { en: ['Salesforce'] },
  marketo: { en: ['Marketo'] },
  userManagement: {
    en: ['User Management'],
    fr: ['Gestion des utilisateurs', 'Gestion utilisateur'],
    es: ['Administración de usuarios'],
    de: ['Benutzerverwaltung'],
    ja: ['ユーザー管理'], // the guide keeps "User Management" in English
    'pt-BR': ['Gerenciamento de Usuários'],
    it: ['Gestione utente', 'Gestione utenti'],
    sv: ['Användarhantering'],
    zh: ['用户管理'],
  },
  /** Salesforce page tab. */
  connectionsTab: {
    en: ['Connections & Customizations', 'Connections and Customizations'],
    fr: ['Connexions et personnalisations'],
    es: ['Conexiones y personalizaciones'],
    de: ['Verbindungen und Anpassungen'],
    ja: ['接続とカスタマイズ'],
    'pt-BR': ['Conexões e personalizações'],
    it: ['Connessioni e personalizzazioni'],
    sv: ['Anslutningar och anpassningar'],
    zh: ['连接和自定义'],
  },
  /** Marketo › "connect" (lowercase in the English guide; matching ignores case). */
  marketoConnect: {
    en: ['connect', 'Connect'],
    fr: ['se connecter', 'Se connecter'],
    es: ['conectar', 'Conectar'],
    de: ['Verbinden'],
    ja: ['接続'],
    'pt-BR': ['conectar', 'Conectar'],
    sv: ['koppla', 'Koppla'],
  },
  /** (ui) Disconnect button shown once connected. */
  disconnect: {
    en: ['Disconnect'],
    fr: ['Déconnecter', 'Se déconnecter'],
    es: ['Desconectar'],
    de: ['Trennen', 'Verbindung trennen'],
    ja: ['切断', '接続解除'],
    'pt-BR': ['Desconectar'],
    it: ['Disconnetti'],
    sv: ['Koppla från'],
    zh: ['断开连接', '断开'],
  },
  /** Marketo page tab where credentials are pasted ("Configure" in the product brief). */
  setupTab: {
    en: ['Set Up', 'Setup', 'Configure'],
    fr: ['Configuration', 'Configurer'],
    es: ['Configurar', 'Configuración'], // "Configuración" also means Settings: tabs only
    de: ['Setup', 'Einrichten'],
    ja: ['設定'], // same word as Settings: tabs only
    'pt-BR': ['Configurar', 'Configuração'],
    it: ['Configurazione', 'Configura'],
    sv: ['Konfigurera'],
    zh: ['设置'],
  },
  clientId: {
    en: ['Client ID', 'Client Id'],
    fr: ['ID client', 'ID de client', 'ID du client'],
    es: ['ID de cliente', 'ID del cliente'],
    de: ['Client-ID'],
    ja: ['クライアント ID', 'クライアントID'],
    'pt-BR': ['ID do cliente'],
    it: ['ID client'],
    sv: ['Klient-ID'],
    zh: ['客户端ID', '客户端 ID'],
  },
  /** User Management › Actions (button opening the invite menu). */
  actions: {
    en: ['Actions'],
    fr: ['Actions'],
    es: ['Acciones'],
    de: ['Aktionen'],
    'pt-BR': ['Ações'],
    it: ['Azioni'],
    sv: ['Åtgärder'],
    zh: ['操作'],
  },
} as const satisfies Record<string, LocalizedLabels>;

/** All strings of one label, English first, then the other languages in SALES_LANGS order. */
export function labelsOf(entry: LocalizedLabels): string[] {
  const out: string[] = [];
  for (const lang of SALES_LANGS)
    for (const label of entry[lang] ?? []) if (!out.includes(label)) out.push(label);
  return out;
}
