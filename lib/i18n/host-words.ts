/**
 * The glossary of the catalogues: how each UI language names the host apps'
 * controls and our own few things, one name per thing per language. Every
 * text that names one of them uses exactly this word (test/unit/i18n/host-words.test.ts
 * reads all catalogues), and each host word is one the page adapters recognise
 * on the host in that language (lib/pages/<app>/labels.ts), so "click X" names
 * what the admin sees.
 *
 * Which host language a locale sees (shared/domain.md §6): Marketo Engage and
 * Salesforce are localised in fr, de, es, ja and pt-BR; it, sv and zh users see
 * English controls, so their texts name the English labels. The Sales app's
 * localisation is undocumented; its words follow each guide translation.
 * Where a guide translation keeps the English label ([!UICONTROL] left
 * untranslated, e.g. ja "User Management"), the English label is the host word.
 */
import type { Locale } from './locales';

export const HOST_THINGS = [
  // Marketo Engage › Admin › Sales Insight
  'salesInsight',
  'actionsConfig',
  'sendInvite',
  'integrationCard',
  'fieldSyncCard',
  'startSync',
  // Marketo Sales (the Sales app)
  'adminSettings',
  'userManagement',
  'connectionsTab',
  'setupTab',
  'inviteUsersCsv',
  // Salesforce Setup
  'installedPackages',
  'remoteSiteSettings',
  'newRemoteSite',
] as const;
export type HostThing = (typeof HOST_THINGS)[number];

/** English host words for it/sv/zh_CN (their hosts show English controls). */
const ENGLISH: Record<HostThing, string> = {
  salesInsight: 'Sales Insight',
  actionsConfig: 'Actions Config',
  sendInvite: 'Send Invite',
  integrationCard: 'Integration Information',
  fieldSyncCard: 'Action Field Sync',
  startSync: 'Start Sync',
  adminSettings: 'Admin Settings',
  userManagement: 'User Management',
  connectionsTab: 'Connections & Customizations',
  setupTab: 'Set Up',
  inviteUsersCsv: 'Invite Users via CSV',
  installedPackages: 'Installed Packages',
  remoteSiteSettings: 'Remote Site Settings',
  newRemoteSite: 'New Remote Site',
};

export const HOST_WORDS: Record<Locale, Record<HostThing, string>> = {
  en: ENGLISH,
  it: ENGLISH,
  sv: ENGLISH,
  zh_CN: ENGLISH,
  fr: {
    salesInsight: 'Ventes Insight',
    actionsConfig: 'Configuration des actions',
    sendInvite: "Envoyer l'invitation",
    integrationCard: "Informations sur l'intégration",
    fieldSyncCard: "Synchronisation des champs d'action",
    startSync: 'Démarrer la synchronisation',
    adminSettings: "Paramètres d'administration",
    userManagement: 'Gestion des utilisateurs',
    connectionsTab: 'Connexions et personnalisations',
    setupTab: 'Configuration',
    inviteUsersCsv: 'Inviter des utilisateurs via CSV',
    installedPackages: 'Packages installés',
    remoteSiteSettings: 'Paramètres de site distant',
    newRemoteSite: 'Nouveau site distant',
  },
  de: {
    salesInsight: 'Sales Insight',
    actionsConfig: 'Aktionskonfiguration',
    sendInvite: 'Einladung senden',
    integrationCard: 'Integrationsinformationen',
    fieldSyncCard: 'Aktion Feldsynchronisierung',
    startSync: 'Synchronisierung starten',
    adminSettings: 'Admin-Einstellungen',
    userManagement: 'Benutzerverwaltung',
    connectionsTab: 'Verbindungen und Anpassungen',
    setupTab: 'Setup',
    inviteUsersCsv: 'Benutzer über CSV einladen',
    installedPackages: 'Installierte Pakete',
    remoteSiteSettings: 'Remote-Site-Einstellungen',
    newRemoteSite: 'Neue Remote-Site',
  },
  es: {
    salesInsight: 'Insight de ventas',
    actionsConfig: 'Configuración de acciones',
    sendInvite: 'Enviar invitación',
    integrationCard: 'Información de integración',
    fieldSyncCard: 'Sincronización de campos de acción',
    startSync: 'Iniciar sincronización',
    adminSettings: 'Configuración de administración',
    userManagement: 'Administración de usuarios',
    connectionsTab: 'Conexiones y personalizaciones',
    setupTab: 'Configurar',
    inviteUsersCsv: 'Invitar usuarios mediante CSV',
    installedPackages: 'Paquetes instalados',
    remoteSiteSettings: 'Configuración de sitio remoto',
    newRemoteSite: 'Nuevo sitio remoto',
  },
  ja: {
    salesInsight: 'Sales Insight',
    actionsConfig: 'アクション設定',
    sendInvite: '招待を送信',
    integrationCard: '統合情報',
    fieldSyncCard: 'アクションフィールドを同期',
    startSync: '同期の開始',
    adminSettings: '管理者設定',
    userManagement: 'User Management',
    connectionsTab: '接続とカスタマイズ',
    setupTab: '設定',
    inviteUsersCsv: 'CSV 経由でユーザーを招待する',
    installedPackages: 'インストール済みパッケージ',
    remoteSiteSettings: 'リモートサイトの設定',
    newRemoteSite: '新規リモートサイト',
  },
  pt_BR: {
    salesInsight: 'Sales Insight',
    actionsConfig: 'Configurações de ações',
    sendInvite: 'Enviar Convite',
    integrationCard: 'Informações de integração',
    fieldSyncCard: 'Sincronização de Campo de Ação',
    startSync: 'Iniciar sincronização',
    adminSettings: 'Configurações de Administração',
    userManagement: 'Gerenciamento de Usuários',
    connectionsTab: 'Conexões e personalizações',
    setupTab: 'Configuração',
    inviteUsersCsv: 'Convidar usuários via CSV',
    installedPackages: 'Pacotes instalados',
    remoteSiteSettings: 'Configurações do site remoto',
    newRemoteSite: 'Novo site remoto',
  },
};

/** The host language whose labels a locale's admin sees (keys of the adapters' label tables). */
export const HOST_LANG: Record<Locale, 'en' | 'fr' | 'de' | 'es' | 'ja' | 'pt-BR'> = {
  en: 'en',
  it: 'en',
  sv: 'en',
  zh_CN: 'en',
  fr: 'fr',
  de: 'de',
  es: 'es',
  ja: 'ja',
  pt_BR: 'pt-BR',
};
