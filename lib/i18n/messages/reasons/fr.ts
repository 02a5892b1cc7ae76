/** What went wrong and what to do next, one sentence per failure reason, in French. */
import type { ReasonTexts } from './en';

export const fr: ReasonTexts = {
  reasonNoTab: 'Le panneau a perdu la trace de cet onglet. Rechargez la page, puis réessayez.',
  reasonNoAnswer: "La page n'a pas répondu. Rechargez-la, puis réessayez.",
  reasonNotMarketo:
    "Ce n'est plus une page Marketo. Ouvrez Admin › Ventes Insight › Configuration des actions dans Marketo, puis cliquez sur Relire.",
  reasonNoCard:
    "Aucune carte Informations sur l'intégration sur cette page. Ouvrez Admin › Ventes Insight › Configuration des actions dans Marketo, puis cliquez sur Relire.",
  reasonMaskedUnrevealable:
    "Le secret client est masqué et la carte n'offre aucun moyen de l'afficher ici. Affichez-le vous-même sur la carte Informations sur l'intégration, puis cliquez sur Relire.",
  reasonInvalidClientId:
    "Ce que la carte affiche comme ID client n'en a pas l'air (un UUID tel que 1a2b3c4d-…). Rechargez la page et cliquez sur Relire ; si rien ne change, copiez les valeurs à la main.",
  reasonInvalidClientSecret:
    "Ce que la carte affiche comme secret client n'en a pas l'air (32 lettres et chiffres). Affichez-le sur la carte Informations sur l'intégration, vérifiez-le, puis cliquez sur Relire.",
  reasonReadOther: "Les identifiants n'ont pas pu être lus ici. Rechargez la page, puis cliquez sur Relire.",
  reasonNothingCarried:
    "Plus aucun identifiant n'est conservé : ils sont oubliés après un remplissage ou à la fin de leur délai. Relisez-les dans Configuration des actions de Marketo et cliquez sur Envoyer vers l'application Sales.",
  reasonNotSalesSettings:
    "Cette page n'est pas celle des paramètres Marketo de l'application Sales. Ouvrez-y Paramètres › Paramètres d'administration › Marketo, puis cliquez de nouveau sur Remplir les identifiants.",
  reasonNoForm:
    "Aucun champ ID client ni secret client sur cette page. Ouvrez l'onglet Configuration de Paramètres d'administration › Marketo, puis cliquez de nouveau sur Remplir les identifiants.",
  reasonNoClientIdField:
    "Le formulaire de cette page n'a pas de champ ID client. Ouvrez l'onglet Configuration de Paramètres d'administration › Marketo, puis cliquez de nouveau sur Remplir les identifiants.",
  reasonNoClientSecretField:
    "Le formulaire de cette page n'a pas de champ secret client. Ouvrez l'onglet Configuration de Paramètres d'administration › Marketo, puis cliquez de nouveau sur Remplir les identifiants.",
  reasonAmbiguous:
    "Deux champs de cette page pourraient chacun être l'ID client ou le secret client : rien n'a donc été rempli. Collez les valeurs vous-même (Afficher le secret montre le secret transporté).",
  reasonNotAccepted:
    "La page n'a pas gardé les valeurs reçues. Collez-les vous-même (Afficher le secret montre le secret transporté), puis cliquez sur Enregistrer dans la page.",
  reasonInstanceUnconfirmed:
    "Le compte Sales affiche une autre instance Marketo que celle où les valeurs ont été lues : rien n'a été rempli. Vérifiez à quelle instance appartient ce compte Sales, cochez la confirmation qui les nomme toutes les deux, puis cliquez de nouveau sur Remplir maintenant.",
  reasonFillOther:
    "Rien n'a été rempli. Rechargez la page, puis cliquez de nouveau sur Remplir les identifiants.",
  reasonSwapNoDialog:
    'La boîte de dialogue Inviter des utilisateurs via CSV est fermée. Rouvrez-la (Actions › Inviter des utilisateurs via CSV) et choisissez-y le fichier corrigé.',
  reasonSwapNoFileInput:
    "La boîte de dialogue n'affiche plus de champ de fichier. Revenez à sa première étape et choisissez-y le fichier corrigé.",
  reasonSwapUnsupported:
    "Ce navigateur ne permet pas à l'extension de placer un fichier dans la boîte de dialogue. Téléchargez le fichier corrigé et choisissez-le vous-même dans la boîte de dialogue.",
  reasonFileUnreadable:
    "Le fichier n'a pas pu être lu : il a peut-être été déplacé, modifié ou supprimé depuis que vous l'avez choisi. Choisissez-le de nouveau.",
  reasonFileDenied:
    "Le navigateur n'a pas permis à l'extension de lire ce fichier. Enregistrez-le dans un autre dossier (Téléchargements, par exemple) et choisissez-le de nouveau.",
  reasonFileFailed:
    "Le fichier n'a pas pu être vérifié. Choisissez-le de nouveau ; si cela se reproduit, enregistrez-le au format CSV UTF-8 et réessayez. Votre fichier n'a pas été modifié.",
  storePanelUi: 'la largeur du panneau et son état replié',
  storeSettings: 'vos options',
  storeProgress: 'la progression de votre liste de contrôle',
  storeOther: 'certaines données enregistrées',
};
