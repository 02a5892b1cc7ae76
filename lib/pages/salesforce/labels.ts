/**
 * Visible texts of Salesforce Setup and of the Marketo Sales Insight package,
 * per UI language. These are HOST strings (what Salesforce renders), not our
 * own UI strings.
 *
 * Sources: Salesforce Setup labels as commonly rendered in each language;
 * the MSI labels come from the Adobe docs (`AdobeDocs/marketo.<locale>` ›
 * …/actions/crm/salesforce-package-configuration/sales-insight-actions-configuration-in-salesforce.md),
 * whose translations are machine-made (domain.md §6): treat non-English
 * entries as hints. English always comes first; it/sv/zh users see English.
 *
 * Detection (`hasExactText`) compares case-sensitively, so entries are
 * written as the apps render them; readers compare through `normalizeText`
 * (case, accents, trailing colon folded).
 */

export type LabelTable = Readonly<Record<'en' | 'fr' | 'de' | 'es' | 'ja' | 'pt-BR', readonly string[]>>;

/** Every label of a table, English first. */
export const allLabels = (table: LabelTable): readonly string[] => Object.values(table).flat();

// ---- Installed Packages ------------------------------------------------------

export const INSTALLED_PACKAGES: LabelTable = {
  en: ['Installed Packages'],
  fr: ['Packages installés'],
  de: ['Installierte Pakete'],
  es: ['Paquetes instalados'],
  ja: ['インストール済みパッケージ'],
  'pt-BR': ['Pacotes instalados'],
};

/** Column "Package Name" (Classic) / "Name" (Lightning list views). */
export const PACKAGE_NAME: LabelTable = {
  en: ['Package Name', 'Name'],
  fr: ['Nom du package', 'Nom'],
  de: ['Paketname', 'Name'],
  es: ['Nombre del paquete', 'Nombre'],
  ja: ['パッケージ名', '名前'],
  'pt-BR': ['Nome do pacote', 'Nome'],
};

export const PUBLISHER: LabelTable = {
  en: ['Publisher'],
  fr: ['Éditeur'],
  de: ['Herausgeber'],
  es: ['Editor'],
  ja: ['公開者', '提供元'],
  'pt-BR': ['Editor'],
};

export const VERSION_NUMBER: LabelTable = {
  en: ['Version Number', 'Version'],
  fr: ['Numéro de version', 'Version'],
  de: ['Versionsnummer', 'Version'],
  es: ['Número de versión', 'Versión'],
  ja: ['バージョン番号', 'バージョン'],
  'pt-BR': ['Número da versão', 'Versão'],
};

export const NAMESPACE_PREFIX: LabelTable = {
  en: ['Namespace Prefix'],
  fr: ["Préfixe d'espace de noms", 'Préfixe de l’espace de noms'],
  de: ['Namespace-Präfix'],
  es: ['Prefijo de espacio de nombres'],
  ja: ['名前空間プレフィックス'],
  'pt-BR': ['Prefixo de namespace', 'Prefixo do namespace'],
};

// ---- Remote Site Settings ---------------------------------------------------

export const REMOTE_SITE_SETTINGS: LabelTable = {
  en: ['Remote Site Settings', 'All Remote Sites'],
  fr: ['Paramètres de site distant', 'Paramètres du site distant', 'Tous les sites distants'],
  de: ['Remote-Site-Einstellungen', 'Alle Remote-Sites'],
  es: ['Configuración de sitio remoto', 'Configuración de sitios remotos', 'Todos los sitios remotos'],
  ja: ['リモートサイトの設定', 'リモートサイト設定', 'すべてのリモートサイト'],
  'pt-BR': ['Configurações do site remoto', 'Todos os sites remotos'],
};

export const NEW_REMOTE_SITE: LabelTable = {
  en: ['New Remote Site'],
  fr: ['Nouveau site distant'],
  de: ['Neue Remote-Site'],
  es: ['Nuevo sitio remoto'],
  ja: ['新規リモートサイト'],
  'pt-BR': ['Novo site remoto', 'Novo local remoto'],
};

export const REMOTE_SITE_NAME: LabelTable = {
  en: ['Remote Site Name'],
  fr: ['Nom du site distant'],
  de: ['Name der Remote-Site', 'Remote-Site-Name'],
  es: ['Nombre del sitio remoto'],
  ja: ['リモートサイト名'],
  'pt-BR': ['Nome do site remoto'],
};

export const REMOTE_SITE_URL: LabelTable = {
  en: ['Remote Site URL'],
  fr: ['URL du site distant'],
  de: ['Remote-Site-URL'],
  es: ['URL del sitio remoto'],
  ja: ['リモートサイトの URL', 'リモートサイトのURL', 'リモートサイト URL'],
  'pt-BR': ['URL do site remoto'],
};

export const ACTIVE: LabelTable = {
  en: ['Active', 'Is Active'],
  fr: ['Actif'],
  de: ['Aktiv'],
  es: ['Activo'],
  ja: ['有効'],
  'pt-BR': ['Ativo'],
};

// ---- Buttons ----------------------------------------------------------------

export const SAVE: LabelTable = {
  en: ['Save'],
  fr: ['Enregistrer'],
  de: ['Speichern'],
  es: ['Guardar'],
  ja: ['保存'],
  'pt-BR': ['Salvar'],
};

export const EDIT: LabelTable = {
  en: ['Edit'],
  fr: ['Modifier'],
  de: ['Bearbeiten'],
  es: ['Modificar', 'Editar'],
  ja: ['編集'],
  'pt-BR': ['Editar'],
};

// ---- Checkbox values shown as text or image alt/title -----------------------

export const CHECKED: LabelTable = {
  en: ['Checked', 'True', 'Yes', 'Enabled', '✓', '✔'],
  fr: ['Coché', 'Vrai', 'Oui', 'Activé'],
  de: ['Aktiviert', 'Wahr', 'Ja', 'Ausgewählt'],
  es: ['Activado', 'Seleccionado', 'Verdadero', 'Sí'],
  ja: ['チェック済み', 'オン', 'はい'],
  'pt-BR': ['Marcado', 'Selecionado', 'Verdadeiro', 'Sim'],
};

export const NOT_CHECKED: LabelTable = {
  en: ['Not Checked', 'Unchecked', 'False', 'No', 'Disabled'],
  fr: ['Non coché', 'Faux', 'Non', 'Désactivé'],
  de: ['Nicht aktiviert', 'Falsch', 'Nein', 'Nicht ausgewählt'],
  es: ['No activado', 'No seleccionado', 'Falso', 'No'],
  ja: ['チェックなし', 'オフ', 'いいえ'],
  'pt-BR': ['Não marcado', 'Não selecionado', 'Falso', 'Não'],
};

// ---- Marketo Sales Insight package --------------------------------------------

/** The package as listed in Installed Packages (its name is not translated). */
export const MSI_PACKAGE_NAME = 'Marketo Sales Insight';
export const MSI_NAMESPACE = 'mkto_si';

/** Title of the package's configuration tab / Visualforce page. */
export const MSI_CONFIG_TITLE: LabelTable = {
  en: ['Marketo Sales Insight Config', 'Marketo Sales Insight Configuration'],
  fr: ['Configuration Marketo Sales Insight'],
  de: ['Marketo Sales Insight Config'],
  es: ['Configuración de Marketo Sales Insight'],
  ja: ['Marketo セールスインサイト設定'],
  'pt-BR': ['Configuração do Marketo Sales Insight'],
};

export const ENABLE_MSI_ACTIONS: LabelTable = {
  en: ['Enable MSI Actions'],
  fr: ['Activer les actions MSI'],
  de: ['MSI-Aktionen aktivieren'],
  es: ['Habilitar acciones MSI'],
  ja: ['MSI アクションを有効にする'],
  'pt-BR': ['Ativar ações MSI'],
};

export const API_SECRET_KEY: LabelTable = {
  en: ['API Secret Key'],
  fr: ['Clé secrète API'],
  de: ['API-Geheimschlüssel'],
  es: ['Clave secreta de la API'],
  ja: ['API 秘密鍵'],
  'pt-BR': ['Chave secreta da API'],
};

/** The Remote Site URLs the MSI Actions guide asks for (domain.md §5.2). */
export const ADOBE_REMOTE_SITES = {
  ims: 'https://ims-na1.adobelogin.com',
  salesConnect: 'https://mkto-sales-connect.adobe.io',
} as const;
