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
  panelFrameNote: 'Lu depuis un cadre Marketo intégré',
  panelStorageReset:
    "Les données enregistrées n'ont pas pu être lues et ont été réinitialisées aux valeurs par défaut ({what}).",

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Admin › Sales Insight › Actions Config',
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
  reportTitle: 'Signaler cette page',
  reportIntro:
    "Enregistre une copie nettoyée de cette page à joindre à un rapport de bug : scripts supprimés, valeurs de formulaire et tout ce qui ressemble à une adresse e-mail, un identifiant ou un secret masqués. Rien n'est envoyé.",
  reportPreviewLabel: 'Contenu enregistré',
  reportSave: 'Enregistrer le fichier',
  reportCancel: 'Annuler',
  reportSaved: 'Enregistré sous {file}.',
  reportStats: '{masked} valeurs masquées, {removed} scripts et éléments cachés supprimés.',

  optionsTitle: 'Assistant de configuration MSI Actions : options',
  optionsLanguage: 'Langue du panneau',
  optionsLanguageAuto: 'Identique au navigateur ({language})',
  optionsSaved: 'Enregistré.',
};
