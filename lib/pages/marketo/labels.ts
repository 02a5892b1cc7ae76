/**
 * Visible labels of Marketo Engage › Admin › Sales Insight › Actions Config,
 * per UI language. Marketo's UI languages are en, fr, de, es, ja and pt-BR;
 * it/sv/zh users see English. Sources: the admin setup guide in every locale
 * (shared/domain.md §6, `seed → newest` variants both kept); entries marked
 * "guess" are not in any doc and only widen the net.
 *
 * Compare through `normalizeText` (case, accents, trailing colon) or
 * `hasExactText` (exact, as rendered); both apostrophe forms (' and ’) are
 * added by `withApostrophes` because the translations use either.
 */

/** Adds the typographic-apostrophe twin of every label with a straight one (and back). */
function withApostrophes(labels: readonly string[]): readonly string[] {
  const out = new Set<string>();
  for (const label of labels) {
    out.add(label);
    // String patterns: these run on every Marketo page, where a regular expression's first use costs.
    out.add(label.replaceAll("'", '’'));
    out.add(label.replaceAll('’', "'"));
  }
  return [...out];
}

/** The "Admin" entry of the top navigation. */
export const ADMIN_NAV = /* @__PURE__ */ withApostrophes([
  // English, French, German, Portuguese (Brazil)
  'Admin',
  // Spanish
  'Administrador',
  // Japanese
  '管理者',
]);

/** The "Sales Insight" node of the admin tree (also the first tab of that page). */
export const SALES_INSIGHT = /* @__PURE__ */ withApostrophes([
  // English, German, Japanese, Portuguese (Brazil); newer French/Spanish keep it
  'Sales Insight',
  // French (newest)
  'Ventes Insight',
  // Spanish (older, newer)
  'Perspectiva de ventas',
  'Insight de ventas',
]);

/** The "Actions Config" tab. */
export const ACTIONS_CONFIG_TAB = /* @__PURE__ */ withApostrophes([
  // English (also kept by newer fr/de/pt-BR/es translations)
  'Actions Config',
  // French
  'Configuration des actions',
  // German
  'Aktionskonfiguration',
  // Spanish
  'Configuración de acciones',
  // Japanese (older, newer)
  'アクション設定',
  'Actions 設定',
  // Portuguese (Brazil)
  'Configurações de ações',
]);

/** Title of the provisioning card (guess: the docs only say "provisioning card"). */
export const PROVISIONING_CARD = /* @__PURE__ */ withApostrophes([
  // English
  'Provisioning',
  'Actions Provisioning',
  // French
  'Provisionnement',
  'Approvisionnement',
  // German
  'Bereitstellung',
  // Spanish
  'Aprovisionamiento',
  // Japanese
  'プロビジョニング',
  // Portuguese (Brazil)
  'Provisionamento',
]);

/** The "Send Invite" button of the provisioning card. */
export const SEND_INVITE = /* @__PURE__ */ withApostrophes([
  // English
  'Send Invite',
  'Send Invitation',
  // French
  "Envoyer l'invitation",
  // German (the guide's "Einladen senden" is kept as printed)
  'Einladen senden',
  'Einladung senden',
  // Spanish
  'Enviar invitación',
  // Japanese
  '招待を送信',
  // Portuguese (Brazil)
  'Enviar Convite',
]);

/**
 * Words that introduce who was invited ("Invitation sent to …", "Invited user").
 * Compared as prefixes of normalised text. Guess: the docs only say the user
 * "will receive an email".
 */
export const INVITED = /* @__PURE__ */ withApostrophes([
  // English
  'Invitation sent to',
  'Invite sent to',
  'Invited user',
  'Invited admin',
  'Invited',
  // French
  'Invitation envoyée à',
  'Utilisateur invité',
  'Administrateur invité',
  // German
  'Einladung gesendet an',
  'Einladung an',
  'Eingeladener Benutzer',
  'Eingeladen',
  // Spanish
  'Invitación enviada a',
  'Usuario invitado',
  'Invitado',
  // Japanese
  '招待の送信先',
  '招待済みユーザー',
  '招待済み',
  // Portuguese (Brazil)
  'Convite enviado para',
  'Usuário convidado',
  'Convidado',
]);

/** Title of the Integration Information card. */
export const INTEGRATION_CARD = /* @__PURE__ */ withApostrophes([
  // English
  'Integration Information',
  // French
  "Informations sur l'intégration",
  "Informations d'intégration",
  // German
  'Integrationsinformationen',
  // Spanish
  'Información de integración',
  'Información sobre la integración',
  // Japanese
  '統合情報',
  // Portuguese (Brazil)
  'Informações de integração',
]);

export const CLIENT_ID = /* @__PURE__ */ withApostrophes([
  // English
  'Client ID',
  // French
  'ID client',
  'ID de client',
  // German
  'Client-ID',
  // Spanish
  'ID de cliente',
  'ID del cliente',
  // Japanese
  'クライアント ID',
  'クライアントID',
  // Portuguese (Brazil)
  'ID do cliente',
]);

export const CLIENT_SECRET = /* @__PURE__ */ withApostrophes([
  // English
  'Client Secret',
  // French
  'Secret client',
  'Secret de client',
  'Secret du client',
  // German
  'Client-Geheimnis',
  'Clientgeheimnis',
  // Spanish
  'Secreto de cliente',
  'Secreto del cliente',
  // Japanese
  'クライアントシークレット',
  'クライアント シークレット',
  // Portuguese (Brazil)
  'Segredo do cliente',
]);

/** Munchkin ID as Marketo labels it elsewhere (Sales Engage page); localised forms are guesses. */
export const MUNCHKIN_ID = /* @__PURE__ */ withApostrophes([
  // English
  'Munchkin ID',
  'Munchkin Account ID',
  // French
  'ID Munchkin',
  'ID de compte Munchkin',
  // German
  'Munchkin-ID',
  'Munchkin-Konto-ID',
  // Spanish
  'ID de Munchkin',
  'ID de cuenta de Munchkin',
  // Japanese
  'Munchkin アカウント ID',
  // Portuguese (Brazil)
  'ID do Munchkin',
  'ID da conta Munchkin',
]);

/** Show / Hide control of the masked secret (text, aria-label or title). Guess. */
export const SHOW_SECRET = /* @__PURE__ */ withApostrophes([
  // English
  'Show',
  'Reveal',
  'Show secret',
  'Show Client Secret',
  // French
  'Afficher',
  'Afficher le secret',
  // German
  'Anzeigen',
  'Einblenden',
  // Spanish, Portuguese (Brazil)
  'Mostrar',
  // Portuguese (Brazil)
  'Exibir',
  // Japanese
  '表示',
  '表示する',
]);

export const HIDE_SECRET = /* @__PURE__ */ withApostrophes([
  // English
  'Hide',
  'Hide secret',
  'Hide Client Secret',
  // French
  'Masquer',
  'Masquer le secret',
  // German
  'Ausblenden',
  'Verbergen',
  // Spanish, Portuguese (Brazil)
  'Ocultar',
  // Japanese
  '非表示',
  '非表示にする',
]);

/** Title of the Action Field Sync card. */
export const FIELD_SYNC_CARD = /* @__PURE__ */ withApostrophes([
  // English
  'Action Field Sync',
  // French
  "Synchronisation des champs d'action",
  // German
  'Aktion Feldsynchronisierung',
  'Aktionsfeldsynchronisierung',
  // Spanish (older, newer)
  'Sincronización de campos de acción',
  'Sincronizar campos de acción',
  // Japanese
  'アクションフィールドを同期',
  'アクションフィールドの同期',
  // Portuguese (Brazil)
  'Sincronização de Campo de Ação',
  'Sincronização de campos de ação',
]);

/** The "Sync" button of the Action Field Sync card. */
export const SYNC = /* @__PURE__ */ withApostrophes([
  // English (also kept by newer translations)
  'Sync',
  // French (older, newer)
  'Synchroniser',
  'Synchronisation',
  // German
  'Synchronisieren',
  // Spanish (older, newer)
  'Sincronización',
  'Sincronizar',
  // Japanese
  '同期',
  // Portuguese (Brazil): 'Sincronizar' above
]);

/** The "Start Sync" button under the field preview. */
export const START_SYNC = /* @__PURE__ */ withApostrophes([
  // English
  'Start Sync',
  // French
  'Démarrer la synchronisation',
  // German
  'Synchronisierung starten',
  // Spanish
  'Iniciar sincronización',
  // Japanese
  '同期の開始',
  '同期を開始',
  // Portuguese (Brazil)
  'Iniciar sincronização',
]);

/**
 * Words of a sync status line, compared on normalised text (lower case, no
 * accents). Guesses: the docs describe no status wording.
 */
export const SYNC_IN_PROGRESS_WORDS: readonly string[] = [
  // English
  'in progress',
  'syncing',
  'running',
  // French
  'en cours',
  // German
  'lauft',
  'wird synchronisiert',
  'in bearbeitung',
  // Spanish
  'en curso',
  'en progreso',
  // Spanish, Portuguese (Brazil)
  'sincronizando',
  // Japanese
  '同期中',
  '進行中',
  // Portuguese (Brazil)
  'em andamento',
  'em progresso',
];

export const SYNC_COMPLETED_WORDS: readonly string[] = [
  // English
  'completed',
  'complete',
  'finished',
  // French
  'terminee',
  'termine',
  // German
  'abgeschlossen',
  // Spanish
  'completada',
  'completado',
  'finalizada',
  // Japanese
  '完了',
  // Portuguese (Brazil)
  'concluida',
  'concluido',
];

/**
 * Every card title: used to tell where one card ends and the next begins. A function, not a list:
 * this module is in the bootstrap, which evaluates everything at the top of it on every Marketo page.
 */
export const cardTitles = (): readonly string[] => [
  ...PROVISIONING_CARD,
  ...INTEGRATION_CARD,
  ...FIELD_SYNC_CARD,
];
