/**
 * Visible labels of the Marketo Sales web app (toutapp.com), per language.
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

export const SALES_LABELS = {
  /** Gear menu › Settings; also the Settings page title. */
  settings: {
    en: ['Settings'],
    fr: ['Paramètres'],
    es: ['Configuración'],
    de: ['Einstellungen'],
    ja: ['設定'], // same word as the Set Up tab in ja
    'pt-BR': ['Configurações'],
    it: ['Impostazioni'],
    sv: ['Inställningar'],
    zh: ['设置'],
  },
  /** Section of the settings menu. */
  adminSettings: {
    en: ['Admin Settings'],
    fr: ["Paramètres d'administration"],
    es: ['Configuración de administración'],
    de: ['Admin-Einstellungen'],
    ja: ['管理者設定', '管理設定'],
    'pt-BR': ['Configurações de Administração'],
    it: ['Impostazioni amministratore'],
    zh: ['管理员设置'],
  },
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
  /** Salesforce › Connect. */
  salesforceConnect: {
    en: ['Connect'],
    fr: ['Se connecter', 'Connecter'],
    es: ['Conectar'],
    de: ['Verbinden'],
    ja: ['接続'],
    'pt-BR': ['Conectar'],
    it: ['Connetti'],
    sv: ['Anslut'],
    zh: ['连接'],
  },
  /** Confirm dialog button. */
  ok: {
    en: ['OK', 'Ok'],
    es: ['Aceptar'],
    zh: ['确定'],
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
  /** (ui) Connection status values. */
  connected: {
    en: ['Connected'],
    fr: ['Connecté'],
    es: ['Conectado'],
    de: ['Verbunden'],
    ja: ['接続済み'],
    'pt-BR': ['Conectado'],
    it: ['Connesso'],
    sv: ['Ansluten'],
    zh: ['已连接'],
  },
  notConnected: {
    en: ['Not connected', 'Disconnected'],
    fr: ['Non connecté', 'Déconnecté'],
    es: ['No conectado', 'Desconectado'],
    de: ['Nicht verbunden', 'Getrennt'],
    ja: ['未接続'],
    'pt-BR': ['Não conectado', 'Desconectado'],
    it: ['Non connesso'],
    sv: ['Inte ansluten'],
    zh: ['未连接'],
  },
  /** (ui) "Connected as <account>" prefixes. */
  connectedAs: {
    en: ['Connected as', 'Logged in as'],
    fr: ['Connecté en tant que'],
    es: ['Conectado como'],
    de: ['Verbunden als', 'Angemeldet als'],
    'pt-BR': ['Conectado como'],
    it: ['Connesso come'],
    sv: ['Ansluten som'],
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
  munchkinId: {
    en: ['Munchkin ID', 'Munchkin Account ID', 'Munchkin Id'],
    fr: ['ID Munchkin', 'ID de compte Munchkin'],
    es: ['ID de Munchkin', 'ID de cuenta de Munchkin'],
    de: ['Munchkin-ID', 'Munchkin-Konto-ID'],
    ja: ['Munchkin アカウント ID'],
    'pt-BR': ['ID do Munchkin', 'ID da conta Munchkin'],
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
  clientSecret: {
    en: ['Client Secret'],
    fr: ['Secret client', 'Secret de client', 'Secret du client'],
    es: ['Secreto de cliente', 'Secreto del cliente'],
    de: ['Client-Geheimnis', 'Client-Secret'],
    ja: ['クライアントシークレット', 'クライアント シークレット'],
    'pt-BR': ['Segredo do cliente'],
    it: ['Segreto client'],
    sv: ['Klienthemlighet'],
    zh: ['客户端密钥'],
  },
  /** (ui) Save button of the Set Up form. */
  save: {
    en: ['Save', 'Save and Connect', 'Connect'],
    fr: ['Enregistrer', 'Sauvegarder'],
    es: ['Guardar'],
    de: ['Speichern'],
    ja: ['保存'],
    'pt-BR': ['Salvar'],
    it: ['Salva'],
    sv: ['Spara'],
    zh: ['保存'],
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
  inviteUsers: {
    en: ['Invite Users'],
    fr: ['Inviter des utilisateurs'],
    es: ['Invitar usuarios', 'Invitar a usuarios'],
    de: ['Benutzer einladen'],
    ja: ['ユーザーを招待する', 'ユーザーを招待'],
    'pt-BR': ['Convidar Usuários'],
    it: ['Invitare gli utenti', 'Invita utenti'],
    sv: ['Bjud in användare'],
    zh: ['邀请用户'],
  },
  inviteUsersCsv: {
    en: ['Invite Users via CSV'],
    fr: ['Inviter des utilisateurs via CSV'],
    es: [
      'Invitar usuarios mediante CSV',
      'Invitar usuarios a través de CSV',
      'Invitar a usuarios mediante CSV',
    ],
    de: ['Benutzer über CSV einladen'],
    ja: ['CSV 経由でユーザーを招待する', 'CSV経由でユーザーを招待する'],
    'pt-BR': ['Convidar usuários via CSV'],
    it: ['Invitare utenti tramite CSV'],
    sv: ['Bjud in användare via CSV'],
    zh: ['通过CSV邀请用户'],
  },
  /** Final button of both invite dialogs (ja's guide wrongly says 次へ for the CSV one). */
  invite: {
    en: ['Invite', 'Send Invites', 'Send Invitations'],
    fr: ['Inviter'],
    es: ['Invitar'],
    de: ['Einladen'],
    ja: ['招待する', '招待'],
    'pt-BR': ['Convidar'],
    it: ['Invita', 'Invito'],
    sv: ['Bjud in'],
    zh: ['邀请'],
  },
  next: {
    en: ['Next'],
    fr: ['Suivant'],
    es: ['Siguiente'],
    de: ['Weiter'],
    ja: ['次へ'],
    'pt-BR': ['Avançar', 'Próximo'],
    it: ['Successivo', 'Avanti'],
    sv: ['Nästa'],
    zh: ['下一步', '下一个'],
  },
  everyoneTeam: {
    en: ['Everyone'],
    fr: ['Tout le monde', 'Tous'],
    es: ['Todos'],
    de: ['Alle'],
    ja: ['全員'],
    'pt-BR': ['Todos'],
    sv: ['Alla'],
    zh: ['所有人', '每个人'],
  },
  /** (ui) Row menu actions in the user table. */
  remove: {
    en: ['Remove', 'Remove User', 'Delete'],
    fr: ['Supprimer', 'Retirer'],
    es: ['Eliminar', 'Quitar'],
    de: ['Entfernen', 'Löschen'],
    ja: ['削除'],
    'pt-BR': ['Remover', 'Excluir'],
    it: ['Rimuovi', 'Elimina'],
    sv: ['Ta bort'],
    zh: ['删除', '移除'],
  },
  deactivate: {
    en: ['Deactivate', 'Deactivate User'],
    fr: ['Désactiver'],
    es: ['Desactivar'],
    de: ['Deaktivieren'],
    ja: ['無効化', '無効にする'],
    'pt-BR': ['Desativar'],
    it: ['Disattiva'],
    sv: ['Inaktivera'],
    zh: ['停用'],
  },
  /** (ui) User table column headers. */
  columnName: {
    en: ['Name', 'Full Name', 'User'],
    fr: ['Nom', 'Utilisateur'],
    es: ['Nombre', 'Usuario'],
    de: ['Name', 'Benutzer'],
    ja: ['名前', '氏名'],
    'pt-BR': ['Nome', 'Usuário'],
    it: ['Nome', 'Utente'],
    sv: ['Namn', 'Användare'],
    zh: ['姓名', '名称'],
  },
  columnEmail: {
    en: ['Email', 'E-mail', 'Email Address'],
    fr: ['E-mail', 'Adresse e-mail', 'Courriel'],
    es: ['Correo electrónico', 'Correo'],
    de: ['E-Mail', 'E-Mail-Adresse'],
    ja: ['メールアドレス', 'メール'],
    'pt-BR': ['E-mail'],
    sv: ['E-post'],
    zh: ['电子邮件', '邮箱'],
  },
  columnRole: {
    en: ['Role'],
    fr: ['Rôle'],
    es: ['Rol', 'Función'],
    de: ['Rolle'],
    ja: ['ロール', '役割'],
    'pt-BR': ['Função', 'Papel'],
    it: ['Ruolo'],
    sv: ['Roll'],
    zh: ['角色'],
  },
  columnStatus: {
    en: ['Status', 'State'],
    fr: ['Statut', 'État'],
    es: ['Estado'],
    de: ['Status'],
    ja: ['ステータス', '状態'],
    'pt-BR': ['Status'],
    it: ['Stato'],
    sv: ['Status'],
    zh: ['状态'],
  },
} as const satisfies Record<string, LocalizedLabels>;

export type SalesLabelKey = keyof typeof SALES_LABELS;

/** All strings of one label, English first, then the other languages in SALES_LANGS order. */
export function labelsOf(entry: LocalizedLabels): string[] {
  const out: string[] = [];
  for (const lang of SALES_LANGS)
    for (const label of entry[lang] ?? []) if (!out.includes(label)) out.push(label);
  return out;
}

/** Shorthand: the strings of SALES_LABELS[key], English first. */
export const salesLabels = (key: SalesLabelKey): string[] => labelsOf(SALES_LABELS[key]);

/** Words around totals and confirmations (regex sources; matched case-insensitively). */
export const SALES_WORDS = {
  /** "23 users" (en, fr, es, de, pt, it, sv, ja, zh). */
  users:
    'users?|members?|utilisateurs?|membres?|usuarios?|miembros?|benutzer(?:innen)?|usuários?|utenti|användare|ユーザー|用户|名用户',
  /** "Showing 1–10 of 23" separators. */
  of: 'of|sur|de|von|di|av|из',
  /** Confirmation after inviting. */
  invitation: 'invit|einladung|convite|inbjud|招待|邀请',
  sent: 'sent|envoy|enviad|gesendet|versendet|verschickt|inviat|skickad|送信|发送|success|réussi|exitos',
} as const;
