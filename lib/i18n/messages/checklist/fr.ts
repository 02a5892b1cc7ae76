/**
 * Textes de la liste en français. D'après la traduction d'Adobe du guide
 * (marketo.fr-FR, source 02b2e39 de la graine et 09a656c ; domain.md §6) ;
 * les étapes 6–7 et les textes propres à l'extension sont traduits par nous.
 */
import type { ChecklistTexts } from './types';

export const fr: ChecklistTexts = {
  locale: 'fr',
  source: 'Adobe Experience League, traduction française (source 09a656c)',
  guideTitle: 'Guide de configuration des actions Sales Insight',
  guideVersion: 'Suit le guide Adobe {version}',
  inviteGroupTitle: 'Inviter des utilisateurs dans les actions MSI',
  stepNumber: 'Étape {number}',
  personas: {
    'marketo-admin': 'Administrateur Marketo',
    'salesforce-admin': 'Administrateur Salesforce',
    either: 'Administrateur Marketo ou Salesforce',
  },
  allPersonas: 'Toutes les étapes',
  states: {
    todo: 'À faire',
    'in-progress': 'En cours',
    done: 'Fait',
    detected: 'Détecté',
    blocked: 'Étape précédente d’abord',
    'not-needed': 'Pas nécessaire',
  },
  steps: {
    prerequisites: {
      title: 'Prérequis',
      substeps: {
        'msi-enabled':
          "Confirmez auprès de l'équipe du compte d'Adobe (votre gestionnaire de compte) que les actions MSI ont été activées pour votre compte Marketo Engage.",
        'crm-sync': 'Votre synchronisation Marketo/Salesforce doit être configurée.',
      },
      clickPath: '',
      notes: ["Si vous n'avez pas de gestionnaire de compte, contactez l'assistance Marketo."],
    },
    'set-up-marketo-sales-account': {
      title: 'Configuration du compte de vente Marketo',
      substeps: {
        'open-admin': 'Dans Marketo, cliquez sur Admin.',
        'open-actions-config': 'Cliquez sur Ventes Insight, puis sur Configuration des actions.',
        'send-invite':
          "Sélectionnez dans la liste l'administrateur Marketo à inviter et cliquez sur Envoyer l'invitation.",
        'credentials-shown':
          "Vérifiez que l'ID de client et le secret de client s'affichent sur la carte Informations sur l'intégration.",
      },
      clickPath: 'Admin › Ventes Insight › Configuration des actions',
      notes: [
        "L'utilisateur recevra un e-mail lui indiquant les étapes pour accéder au compte.",
        'Les autres utilisateurs ne sont pas ajoutés via Marketo, mais par la page Gestion des utilisateurs du compte de vente.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Connexion du compte de vente Marketo à Salesforce',
      substeps: {
        'open-settings':
          "Dans votre compte Marketo Sales, cliquez sur l'icône d'engrenage et sélectionnez Paramètres.",
        'open-salesforce': "Sous Paramètres d'administration, cliquez sur Salesforce.",
        'click-connect': "Dans l'onglet Connexions et personnalisations, cliquez sur Se connecter.",
        confirm: 'Cliquez sur OK.',
      },
      clickPath: "⚙ Paramètres › Paramètres d'administration › Salesforce › Connexions et personnalisations",
      notes: [
        'Si vous êtes déjà connecté à Salesforce, la connexion est établie. Sinon, on vous demandera de vous connecter.',
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: "Connexion de Marketo à votre compte d'applications de vente",
      substeps: {
        'open-settings':
          "Dans votre compte Marketo Sales, cliquez sur l'icône d'engrenage et sélectionnez Paramètres.",
        'open-marketo': "Sous Paramètres d'administration, cliquez sur Marketo.",
        'click-connect': 'Cliquez sur se connecter. Votre compte sera alors connecté.',
      },
      clickPath: "⚙ Paramètres › Paramètres d'administration › Marketo",
      notes: [
        "S'il ne se connecte pas, copiez les informations d'identification de l'onglet « Configuration des actions » de Marketo Sales Insight et collez-les dans l'onglet Configuration.",
      ],
    },
    'initiate-data-sync': {
      title: 'Lancer la synchronisation des données',
      substeps: {
        'open-actions-config':
          "Dans Marketo, cliquez sur Admin, puis sur Ventes Insight et sur l'onglet Configuration des actions.",
        'click-sync': "Dans la carte Synchronisation des champs d'action, cliquez sur Synchroniser.",
        'start-sync':
          'Vous verrez un aperçu des champs qui seront synchronisés. Cliquez sur Démarrer la synchronisation.',
      },
      clickPath:
        "Admin › Ventes Insight › Configuration des actions › Synchronisation des champs d'action › Synchroniser",
      notes: [
        'Les enregistrements de personnes existant dans Marketo et Salesforce seront synchronisés dans votre compte Applications de vente Marketo.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: "Invitation d'utilisateurs individuels dans les actions MSI",
      substeps: {
        'open-user-management':
          "Dans votre compte Marketo Sales, cliquez sur l'icône d'engrenage, sélectionnez Paramètres, puis Gestion des utilisateurs sous Paramètres d'administration.",
        'invite-users': 'Cliquez sur Actions et sélectionnez Inviter des utilisateurs.',
        'enter-emails': 'Saisissez la ou les adresses e-mail et cliquez sur Inviter.',
      },
      clickPath:
        "⚙ Paramètres › Paramètres d'administration › Gestion des utilisateurs › Actions › Inviter des utilisateurs",
      notes: [
        "Par défaut, tous les nouveaux membres sont ajoutés à l'équipe Tout le monde.",
        'Vous recevrez un message de confirmation.',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: "Invitation d'utilisateurs via CSV dans les actions MSI",
      substeps: {
        'open-user-management':
          "Dans votre compte Marketo Sales, cliquez sur l'icône d'engrenage, sélectionnez Paramètres, puis Gestion des utilisateurs sous Paramètres d'administration.",
        'invite-via-csv': 'Cliquez sur Actions et sélectionnez Inviter des utilisateurs via CSV.',
        'choose-file':
          'Recherchez le fichier CSV sur votre ordinateur, sélectionnez-le, puis cliquez sur Suivant.',
        'confirm-mapping': 'Vérifiez que les champs sont correctement mappés et cliquez sur Inviter.',
      },
      clickPath:
        "⚙ Paramètres › Paramètres d'administration › Gestion des utilisateurs › Actions › Inviter des utilisateurs via CSV",
      notes: ['Vous recevrez un message de confirmation une fois les invitations envoyées.'],
    },
    'install-upgrade-msi-package': {
      title: 'Installer/mettre à niveau le package MSI dans Salesforce',
      substeps: {
        'open-listing':
          "Ouvrez la fiche Marketo Sales Insight sur AppExchange, cliquez sur Get It Now et connectez-vous à l'AppExchange.",
        'install-or-upgrade':
          "Cliquez sur Install in Production (conseil : installez d'abord dans une sandbox) ou choisissez la mise à niveau proposée ; acceptez les conditions et confirmez.",
        'choose-access':
          'Choisissez une installation pour les administrateurs uniquement, pour tous les utilisateurs ou pour des profils spécifiques, puis terminez.',
        'verify-installed':
          'Vérifiez que Marketo Sales Insight figure dans Configuration › Packages installés.',
        'deploy-objects':
          'Dans Configuration › Objets, vérifiez que tous les objets Marketo Sales Insight sont déployés (sinon : Modifier › Statut de déploiement : Déployé › Enregistrer).',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now ; puis Configuration › Packages installés',
      notes: [
        "Les autorisations d'administrateur Salesforce sont nécessaires.",
        "Après une mise à niveau, les profils des utilisateurs MSI doivent avoir l'accès en lecture aux pistes, contacts, comptes et opportunités : le package ne peut plus l'accorder.",
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Configurer les actions MSI dans Salesforce',
      substeps: {
        'remote-sites':
          'Dans Configuration › Paramètres de site distant, ajoutez deux sites avec Nouveau site distant : https://ims-na1.adobelogin.com et https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          "Dans l'onglet Marketo Sales Insight Config, cochez Enable MSI Actions, saisissez la clé secrète API et cliquez sur Enregistrer.",
        governance:
          "Facultatif : gouvernance des actions MSI. Désactivez les campagnes de vente ou l'onglet Tâches, ou des fonctions dans les paramètres des actions ; cela s'applique à tous les utilisateurs MSI.",
      },
      clickPath:
        'Configuration › Paramètres de site distant › Nouveau site distant ; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        "Si l'onglet Marketo Sales Insight Config n'est pas affiché, ouvrez-le depuis + (Tous les onglets).",
        "La clé secrète API se définit dans Marketo : Admin › Ventes Insight › Modifier la configuration de l'API.",
      ],
    },
  },
  blocked: {
    'needs-prerequisites': "Confirmez d'abord les prérequis.",
    'needs-account':
      "Nécessite le compte de vente Marketo : invitez d'abord le premier administrateur (étape 1).",
    'needs-first-admin': "Le premier administrateur doit d'abord être invité dans Marketo (étape 1).",
    'needs-marketo-connection': "Connectez d'abord Marketo au compte de vente (étape 3).",
    'needs-package': "Installez ou mettez d'abord à niveau le package MSI (étape 6).",
  },
  evidence: {
    'first-admin-invited': {
      text: "Premier administrateur invité dans l'onglet Configuration des actions",
      withDetail: "Premier administrateur invité dans l'onglet Configuration des actions : {detail}",
    },
    'client-id-shown': { text: "ID de client affiché sur la carte Informations sur l'intégration" },
    'salesforce-connected': {
      text: 'Salesforce affiché comme connecté',
      withDetail: 'Salesforce affiché comme connecté ({detail})',
    },
    'marketo-connected': { text: 'Marketo affiché comme connecté' },
    'sync-preview': { text: "Aperçu des champs affiché sur la carte Synchronisation des champs d'action" },
    'sync-started': { text: "Synchronisation en cours sur la carte Synchronisation des champs d'action" },
    'sync-completed': { text: "Synchronisation terminée sur la carte Synchronisation des champs d'action" },
    'invite-confirmed': {
      text: "Confirmation de l'invitation affichée",
      withDetail: "Confirmation de l'invitation affichée ({detail} invités)",
    },
    'csv-invite-confirmed': {
      text: "Confirmation de l'invitation via CSV affichée",
      withDetail: "Confirmation de l'invitation via CSV affichée ({detail} invités)",
    },
    'users-listed': {
      text: 'Plusieurs utilisateurs dans Gestion des utilisateurs (invités individuellement ou via CSV)',
      withDetail: '{detail} utilisateurs dans Gestion des utilisateurs (invités individuellement ou via CSV)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight listé dans Packages installés',
      withDetail: 'Marketo Sales Insight {detail} listé dans Packages installés',
    },
    'remote-sites-present': { text: 'Les deux sites distants Adobe listés dans Paramètres de site distant' },
    'msi-actions-enabled': { text: 'Enable MSI Actions coché' },
    'msi-actions-configured': { text: 'Les deux sites distants Adobe listés et Enable MSI Actions coché' },
    'sales-account-open': {
      text: "Connecté aux paramètres d'administration de l'app Sales : le compte Sales existe",
    },
    'msi-config-open': { text: "L'onglet Marketo Sales Insight Config est là : le package est installé" },
  },
  evidenceSeen: '{evidence}, sur {page}, {date}',
  manualOnly: "L'extension ne peut pas vérifier cette étape : cochez-la vous-même.",
  cannotRead:
    "L'extension n'a pas pu lire cette information sur la page : l'étape reste manuelle, cochez-la vous-même.",
  setByYou: 'Défini par vous',
  actions: {
    markDone: 'Marquer comme fait',
    markInProgress: 'Marquer comme en cours',
    markTodo: 'Marquer comme à faire',
    useDetection: "Utiliser ce que l'extension détecte",
    reset: 'Réinitialiser la progression',
    resetDone: 'La progression de {instance} a été réinitialisée.',
    undo: 'Annuler',
    copySummary: 'Copier le résumé',
    summaryCopied: 'Résumé copié.',
    exportProgress: 'Exporter la progression',
    importProgress: 'Importer la progression',
    imported: '{count} instances importées.',
  },
  progress: '{done} sur {total} faites',
  cautions: {
    'keep-original-user':
      "Une fois la synchronisation des données lancée, vous ne devez pas supprimer l'utilisateur d'origine de votre instance Sales Insight Actions : c'est l'utilisateur auquel la première invitation a été envoyée.",
    'keep-original-user-check':
      "La synchronisation des données a commencé : ne supprimez pas et ne désactivez pas l'utilisateur d'origine (celui qui a reçu la première invitation). Vérifiez qu'il ne s'agit pas de cet utilisateur avant de continuer.",
    'enable-msi-actions-only-if-used':
      'Ne cochez pas la case « Enable MSI Actions » sauf si vous utilisez les fonctionnalités de Sales Insight Actions. La décocher plus tard désactive toutes les fonctionnalités des actions MSI.',
    'credentials-after-first-invite':
      "Si vous ne voyez pas d'ID de client et de secret de client sur la carte Informations sur l'intégration, activez votre instance Actions en invitant le premier utilisateur : l'ID de client et le secret de client s'affichent alors.",
  },
  originalUser: 'Utilisateur d’origine : {user}',
  links: {
    'upgrade-msi-package': 'Mettre à niveau votre package MSI',
    'sync-data': 'Synchronisation des données entre Sales Insight Actions, Marketo et Salesforce',
    'configure-msi-enterprise': 'Configurer Marketo Sales Insight dans Salesforce Enterprise/Unlimited',
  },
  instance: {
    production: 'production',
    sandbox: 'sandbox',
    unknownMunchkin: 'ID Munchkin pas encore connu ({host})',
  },
  summary: {
    title: 'Configuration des actions MSI : {done} sur {total} faites',
    instance: 'Instance',
    guide: '{title}, version {version}',
    date: 'Résumé du {date}',
    doneHeading: 'Fait',
    leftHeading: 'Reste à faire',
    salesforceAdminHeading: "Reste à faire pour l'administrateur Salesforce",
    nothingLeft: 'Plus rien à faire.',
    markedDone: 'marqué comme fait',
    alternativeDone: "inutile : les utilisateurs ont été invités de l'autre façon",
    doc: 'Documentation',
  },
  importErrors: {
    'too-large': 'Le fichier est trop volumineux ({size} Ko, au plus {max} Ko). Rien n’a été modifié.',
    'bad-json': 'Le fichier n’est pas un JSON valide. Rien n’a été modifié.',
    'forbidden-key':
      'Le fichier utilise « {name} » comme nom (à {path}), qu’aucune instance Marketo ni étape de la liste ne porte : il a été modifié ou ne vient pas d’un export de cette extension. Exportez à nouveau la progression et importez ce fichier. Rien n’a été modifié.',
    'wrong-format':
      'Ce n’est pas un fichier de progression de la liste de MSI Actions Setup Helper. Rien n’a été modifié.',
    'wrong-version':
      'Le fichier est au format version {found} ; cette extension lit les versions jusqu’à {supported}. Rien n’a été modifié.',
    'invalid-fields': 'Le fichier contient une valeur non valide à {path} ({issue}). Rien n’a été modifié.',
  },
};
