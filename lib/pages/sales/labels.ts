/**
 * Visible labels of the Marketo Sales web app (toutapp.com), per language: the
 * page-recognition labels (./page-labels.ts, with the sources and conventions)
 * and those the readers and locators use.
 */
import { type LocalizedLabels, labelsOf, SALES_PAGE_LABELS } from './page-labels';

export { type LocalizedLabels, labelsOf, SALES_LANGS, type SalesLang } from './page-labels';

export const SALES_LABELS = {
  ...SALES_PAGE_LABELS,
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
  munchkinId: {
    en: ['Munchkin ID', 'Munchkin Account ID', 'Munchkin Id'],
    fr: ['ID Munchkin', 'ID de compte Munchkin'],
    es: ['ID de Munchkin', 'ID de cuenta de Munchkin'],
    de: ['Munchkin-ID', 'Munchkin-Konto-ID'],
    ja: ['Munchkin アカウント ID'],
    'pt-BR': ['ID do Munchkin', 'ID da conta Munchkin'],
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
