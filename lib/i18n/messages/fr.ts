import type { Messages } from './en';

export const fr: Messages = {
  extName: 'Assistant de configuration MSI Actions',
  extDescription:
    'Panneau latéral pour les administrateurs de Marketo Sales Insight Actions : liste de contrôle de la configuration, identifiants en un clic et vérification des fichiers CSV, dans Marketo, Marketo Sales et Salesforce.',
  actionTitle: 'Afficher ou masquer le panneau de configuration MSI Actions',

  panelLabel: 'Assistant de configuration MSI Actions',
  panelTitle: 'Configuration MSI Actions',
  panelCollapse: 'Réduire le panneau',
  panelExpand: 'Développer le panneau',
  panelResize: 'Largeur du panneau : faites glisser ou utilisez les touches fléchées',
  panelRecognised: 'Vous êtes sur',
  panelInstance: 'Instance',
  panelInstanceUnknown: 'Munchkin ID pas encore connu',
  panelStorageReset:
    "Les données enregistrées n'ont pas pu être lues et ont été réinitialisées aux valeurs par défaut ({what}).",
  recoverSection:
    '{section} a cessé de fonctionner à cause d’une erreur. Le reste du panneau fonctionne toujours ; réinitialisez cette section pour la relancer.',
  recoverSectionReset: 'Réinitialiser cette section',
  recoverPage:
    'Cette page a cessé de fonctionner à cause d’une erreur. Réinitialisez-la pour recommencer : vos réglages et votre progression sont conservés.',
  recoverPageReset: 'Réinitialiser cette page',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Ventes Insight › Configuration des actions',
  pageSalesSalesforceSettings: "Paramètres › Paramètres d'administration › Salesforce",
  pageSalesMarketoSettings: "Paramètres › Paramètres d'administration › Marketo",
  pageSalesUserManagement: "Paramètres › Paramètres d'administration › Gestion des utilisateurs",
  pageSalesforceInstalledPackages: 'Configuration › Packages installés',
  pageSalesforceRemoteSites: 'Configuration › Paramètres de site distant',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: "une page que l'assistant ne reconnaît pas",
  pageUnknownHint:
    "Rien à faire ici pour l'instant. Ouvrez l'une des pages du guide, ou signalez cette page si elle aurait dû être reconnue.",

  reportOpen: 'Signaler cette page',
  reportFailed: 'La copie de cette page n’a pas pu être prise. Rechargez la page et réessayez.',
  credNotVisible:
    'Le panneau doit être entièrement visible pour cela : fermez ce qui le recouvre, puis réessayez.',
  reportTitle: 'Signaler cette page',
  reportIntro:
    'Enregistre une copie nettoyée de cette page à joindre à un rapport de bug : seuls sa structure et ses libellés sont conservés ; scripts, commentaires et tout ce qui pourrait s’exécuter ou charger quelque chose sont supprimés ; valeurs de formulaire et tout ce qui ressemble à une adresse e-mail, un identifiant ou un secret sont masqués. Rien n’est envoyé.',
  reportPreviewLabel: 'Contenu enregistré',
  reportSave: 'Enregistrer le fichier',
  reportCancel: 'Annuler',
  reportSaved: 'Enregistré sous {file}.',
  reportStats:
    '{masked} valeurs masquées, {removed} scripts, commentaires et autres parties actives supprimés.',

  credTitle: 'Identifiants',
  credNone: 'Aucun identifiant lu sur cette page, et aucun conservé dans la mémoire de ce navigateur.',
  credNotYet:
    "Cette instance Marketo n'affiche pas encore d'ID client ni de secret client : ils apparaissent sur la carte Informations sur l'intégration une fois que le premier administrateur a été invité depuis la carte de provisionnement et a activé son compte.",
  credShowProvisioning: 'Afficher la carte de provisionnement',
  credReadAgain: 'Relire',
  credReady: 'Lus sur cette page{instance}.',
  credClientId: 'ID client',
  credClientSecret: 'Secret client',
  credMasked: 'se terminant par {tail}',
  credCopyClientId: "Copier l'ID client",
  credCopyClientSecret: 'Copier le secret client',
  credCopied: "Copié. Le presse-papiers sera vidé dans {seconds} s s'il contient toujours cette valeur.",
  credCopiedNoClear: 'Copié. Le vidage du presse-papiers est désactivé dans les options.',
  credCopyFailed: "Le navigateur a refusé d'écrire dans le presse-papiers.",
  credClipboardCleared: 'Presse-papiers vidé.',
  credClipboardChanged: 'Presse-papiers non vidé : il contient désormais autre chose.',
  credClipboardDenied:
    "Presse-papiers non vidé : le navigateur ne permet pas à l'extension de le lire. Videz-le vous-même.",
  credSend: "Envoyer vers l'application Sales",
  credCarried:
    'Conservés {minutes} minutes dans la mémoire de ce navigateur, puis oubliés (reste {time}). Lus sur {source} : ID client …{idTail}, secret client …{secretTail}.',
  credCarriedUnknownSource: 'une instance inconnue',
  credForget: 'Oublier maintenant',
  credKeep: "Les conserver jusqu'à la fin du délai (sinon oubliés après un seul remplissage)",
  credReveal: 'Afficher le secret',
  credHide: 'Masquer le secret',
  credFill: 'Remplir les identifiants',
  credFillHint:
    "Ouvrez Paramètres › Paramètres d'administration › Marketo dans l'application Sales pour les saisir.",
  credPreviewTitle: 'Remplissage prévu',
  credPreviewSource: "Valeurs lues depuis l'instance Marketo {source}.",
  credPreviewPage: 'Cette page correspond au Munchkin ID {munchkin}.',
  credPreviewOpenedTab: "L'onglet Configuration a été ouvert pour vous.",
  credFillConfirm: 'Remplir maintenant',
  credFillCancel: 'Annuler',
  credFilled:
    "Champs remplis et vérifiés. Cliquez maintenant vous-même sur Enregistrer ou Se connecter sur la page : l'extension ne le fait jamais.",
  credFillForgotten: 'Les valeurs ont été oubliées après ce remplissage.',
  credFieldOutcome: '{field} : {outcome}',
  credOutcome_filled: 'rempli',
  credOutcome_notAccepted: 'refusé par la page',
  credOutcome_readonly: 'en lecture seule',
  credOutcome_disabled: 'désactivé',
  credOutcome_kept: 'laissé tel quel sur la page',
  credOutcome_missing: 'champ introuvable',
  credSaveLabel: 'Cliquez sur Enregistrer',
  credShowLabel: 'Ici',
  credMunchkin: 'Munchkin ID',

  clInstance: 'Instance',
  clNoInstance:
    "Aucune instance Marketo pour l'instant : ouvrez une fois Admin › Ventes Insight › Configuration des actions dans Marketo, et la liste de contrôle commencera à la suivre.",
  clPersona: 'Afficher les étapes pour',
  clShowMe: 'Me montrer',
  clHere: 'Ici',
  clDoc: 'Documentation Adobe',
  clGoTo: 'Pas sur cette page. Accédez à : {path}',
  clControlMissing: "L'élément n'est pas sur cette page pour le moment. Où le trouver : {path}",
  clRemovalTitle: "Conservez l'utilisateur d'origine",
  clRemovalConfirm: 'Supprimer quand même',
  clRemovalCancel: "Conserver l'utilisateur",

  optionsTitle: 'Assistant de configuration MSI Actions : options',
  optionsLanguage: 'Langue du panneau',
  optionsLanguageAuto: 'Identique au navigateur ({language})',
  optionsSaved: 'Enregistré.',
  optionsClipboard: "Vider le presse-papiers après la copie d'un identifiant (secondes, 0 = jamais)",
  optionsCarry: "Oublier les identifiants envoyés à l'application Sales après (minutes)",
  optionsPanelPlace: "Où s'ouvre le panneau",
  optionsPanelPlacePage: 'Dans la page, ancré à droite',
  optionsPanelPlaceSide: "Dans le panneau latéral du navigateur (rien n'est ajouté à la page)",
  optionsPanelPlaceHint: "S'applique aux pages que vous ouvrirez ensuite.",
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'Entouré sur la page : où agir pour « {step} ». Appuyez sur Échap pour retirer le contour.',
  clOutlineGone: 'Contour retiré.',
  credInstanceDifferent:
    "Autre instance Marketo : ces valeurs ont été lues sur {source}, mais ce compte Sales contient l'ID Munchkin {page}. Les remplir le connecterait à {source}.",
  credInstanceUnconfirmed:
    "Instance non confirmée : ce compte Sales contient l'ID Munchkin {page}, mais les valeurs ont été lues sur {source}, où aucun ID Munchkin n'était affiché. Vérifiez qu'elles appartiennent à {page}.",
  credInstanceConfirm: "J'ai vérifié : remplir les valeurs de {source} dans le compte Sales de {page}",
  commandFocusPanel: 'Ouvrir le panneau de configuration MSI Actions et y placer le focus clavier',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'Prochaine action sur cette page',
  nextSendInvite: 'Invitez le premier administrateur Sales',
  nextSendInviteWhy:
    'L’invitation crée le compte Marketo Sales ; ses identifiants d’API apparaissent ensuite sur cette page.',
  nextSendCredentials: 'Envoyez les identifiants vers l’application Sales',
  nextSendCredentialsWhy:
    'L’application Sales a besoin de ce Client ID et de ce Client Secret pour se connecter à Marketo. Le panneau les transporte pour vous, en mémoire seulement.',
  nextStartSync: 'Lancez la synchronisation des données',
  nextStartSyncWhy:
    'Marketo et l’application Sales sont connectés : la synchronisation transmet vos données Marketo.',
  nextConnectSalesforce: 'Connectez Salesforce',
  nextConnectSalesforceWhy: 'Le compte Sales lit et écrit vos données CRM par cette connexion.',
  nextFillCredentials: 'Remplissez les identifiants Marketo',
  nextFillCredentialsWhy:
    'Le panneau saisit dans ce formulaire le Client ID et le Client Secret lus sur Marketo, après que vous avez vérifié ce qu’il va remplir.',
  nextCheckCsv: 'Vérifiez votre fichier d’utilisateurs avant d’inviter',
  nextCheckCsvWhy:
    'Ouvrez {path} et choisissez le fichier : le panneau le vérifie avant Suivant. Vous pouvez aussi le vérifier ici d’abord.',
  nextCheckCsvDialog: 'Vérifiez le fichier choisi dans la boîte de dialogue',
  nextCheckCsvDialogWhy:
    'Le panneau lit le fichier choisi dans la boîte de dialogue et bloque Suivant tant qu’il contient des erreurs. Le résultat s’affiche plus bas.',
  nextInstallPackage: 'Installez ou mettez à jour le package Marketo Sales Insight',
  nextInstallPackageWhy: 'Salesforce a besoin du package avant de pouvoir configurer MSI Actions.',
  nextRemoteSite: 'Ajoutez le site distant de Marketo',
  nextRemoteSiteWhy:
    'Salesforce n’appelle que les adresses listées ici : sans lui, MSI Actions ne peut pas joindre Marketo.',
  nextEnableMsi: 'Activez MSI Actions',
  nextEnableMsiWhy: 'Ce paramètre rend MSI Actions disponible pour vos utilisateurs Salesforce.',
  nextShowMe: 'Montrez-moi où',
  nextOpenSection: 'Y aller',
  nextNothingHere: 'Plus rien à faire sur cette page.',
  nextGoTo: 'Étape suivante : {step}. Allez dans : {path}',
  nextGoToStep: 'Étape suivante : {step}.',
  nextAllDone: 'Toutes les étapes sont terminées.',
  nextGuide: 'Étapes dans le guide d’Adobe',
  panelMadeRoom: 'Le panneau a fait place à la boîte de dialogue de la page.',
};
