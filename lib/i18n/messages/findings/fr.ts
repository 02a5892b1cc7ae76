/** The CSV check's findings (one message per finding code) and the words they are built from, in French. */
import type { FindingTexts } from './types';

export const fr: FindingTexts = {
  codes: {
    'file-empty': 'Le fichier est vide : il n’a ni en-tête ni personne à inviter.',
    'file-empty:blank':
      'Le fichier ne contient que des lignes vides : il n’a ni en-tête ni personne à inviter.',
    'no-data-rows': 'Le fichier a une ligne d’en-tête mais aucune ligne de données : personne à inviter.',
    'not-text':
      'Ce n’est pas un fichier texte CSV mais {kindText}. Dans Excel, choisissez Fichier › Enregistrer sous › « CSV UTF-8 (délimité par des virgules) (*.csv) » et utilisez ce fichier.',
    'file-too-large':
      'Le fichier fait {sizeText}, au-delà de la limite de {maxText}. Découpez-le en fichiers plus petits.',
    'encoding-fallback':
      'Le fichier n’est pas en UTF-8 valide : il a été lu en Windows-1252 (Europe occidentale). Vérifiez les lettres accentuées, ou enregistrez-le depuis Excel en « CSV UTF-8 (délimité par des virgules) ».',
    'encoding-utf16':
      'Le fichier est encodé en {encodingName} (« Texte Unicode » d’Excel) ; il a été lu correctement. Le CSV corrigé sera en UTF-8.',
    'sep-line':
      'La première ligne est une indication « sep= » d’Excel, pas une donnée : elle a été ignorée et son séparateur ({delimiterName}) utilisé.',
    delimiter: 'Les colonnes sont séparées par des {delimiterName}, pas par des virgules.',
    'ambiguous-delimiter':
      'Les {delimiterName} comme les {otherName} découpent le fichier en colonnes régulières ; la vérification a utilisé les {delimiterName}. Vérifiez que les colonnes sont correctes.',
    'unclosed-quote':
      'Un guillemet ouvert dans cette ligne n’est jamais fermé : la suite du fichier a été lue comme une seule cellule.',
    'missing-email-column':
      'Aucune colonne ne contient l’adresse e-mail. Nommez-la « Adresse e-mail » (ou « Email », « E-mail Address », « Correo electrónico »…).',
    'missing-email-column:no-header':
      'La première ligne contient une adresse e-mail : le fichier semble sans ligne d’en-tête. Ajoutez une première ligne avec les noms des colonnes, par exemple « Email ».',
    'duplicate-header':
      'La colonne « {column} » répète la colonne « {first} » ({firstLetter}) : une seule des deux peut être mappée.',
    'blank-header': 'La colonne {letter} n’a pas d’en-tête : ses valeurs ne seront pas mappées.',
    'unknown-column': 'La colonne « {column} » n’est pas un champ connu : elle ne sera pas mappée.',
    'missing-email': 'L’adresse e-mail manque.',
    'invalid-email': '« {value} » n’est pas une adresse e-mail valide : {reasonText}.',
    'duplicate-email': '{address} figure déjà à la ligne {firstRow} : cette ligne est un doublon.',
    'email-whitespace':
      'L’adresse e-mail a des espaces autour ou invisibles : elle sera envoyée sous la forme {address}.',
    'display-name-email': 'La cellule contient un nom avec l’adresse : seule {address} sera envoyée.',
    'ragged-row': 'Cette ligne a {actual} cellules mais l’en-tête en a {expected}.',
    'blank-row': 'Ligne vide : elle sera ignorée.',
    'formula-injection':
      'La cellule commence par « {first} » : un tableur pourrait l’exécuter comme une formule.',
    'role-account':
      '{address} ressemble à une boîte partagée, pas à une personne : chaque utilisateur a besoin de sa propre adresse, identique à son nom d’utilisateur Salesforce.',
    'personal-domain':
      '{address} est une adresse personnelle ({domain}) : l’e-mail doit correspondre au nom d’utilisateur Salesforce de la personne.',
    'value-too-long': 'Cette valeur compte {length} caractères ; la limite est {max}.',
    'malformed-quote':
      'Un guillemet de cette ligne est mal placé : vérifiez que ses cellules ont été bien séparées.',
    'quote-recovered':
      'Un guillemet ouvert à la ligne {line} du fichier n’est pas fermé avant la fin de la ligne : il a été lu comme fermé à cet endroit, et les lignes suivantes comme des lignes à part entière. Vérifiez cette ligne.',
    'broken-row-person':
      '{address} (ligne {line} du fichier) se trouve dans une ligne cassée par un guillemet : cette personne ne sera pas invitée. Corrigez les guillemets ou modifiez la ligne.',
    'seat-limit':
      'Inviter {needed} nouveaux utilisateurs avec {used} déjà dans l’instance fait {total}, soit {over} de plus que la limite de {limit} licences.',
    'existing-user': '{address} est déjà utilisateur de cette instance.',
  },
  titles: {
    'file-empty': 'Fichier vide',
    'no-data-rows': 'Aucune personne à inviter',
    'not-text': 'Pas un fichier CSV',
    'file-too-large': 'Fichier trop volumineux',
    'encoding-fallback': 'Encodage deviné',
    'encoding-utf16': 'Texte UTF-16',
    'sep-line': 'Ligne « sep= » d’Excel',
    delimiter: 'Séparateur de colonnes',
    'ambiguous-delimiter': 'Séparateur de colonnes incertain',
    'unclosed-quote': 'Guillemet jamais fermé',
    'missing-email-column': 'Aucune colonne d’adresse e-mail',
    'duplicate-header': 'Noms de colonnes répétés',
    'blank-header': 'Colonnes sans nom',
    'unknown-column': 'Colonnes qui ne seront pas importées',
    'missing-email': 'Adresses e-mail manquantes',
    'invalid-email': 'Adresses e-mail non valides',
    'duplicate-email': 'Adresses e-mail en double',
    'email-whitespace': 'Espaces autour des adresses e-mail',
    'display-name-email': 'Noms écrits avec l’adresse',
    'ragged-row': 'Lignes au mauvais nombre de cellules',
    'blank-row': 'Lignes vides',
    'formula-injection': 'Cellules qu’un tableur pourrait exécuter comme formules',
    'role-account': 'Boîtes partagées (info@, contact@…)',
    'personal-domain': 'Adresses personnelles',
    'value-too-long': 'Valeurs trop longues',
    'malformed-quote': 'Guillemets mal placés',
    'quote-recovered': 'Lignes réparées après un guillemet non fermé',
    'broken-row-person': 'Personnes dans des lignes cassées',
    'seat-limit': 'Pas assez de licences utilisateur',
    'existing-user': 'Déjà utilisateurs',
  },
  reasons: {
    'no-at': 'il n’y a pas de @',
    'fullwidth-at': 'elle utilise le ＠ pleine chasse au lieu de @',
    'multiple-at': 'elle contient plusieurs @',
    space: 'elle contient une espace',
    'empty-local': 'il n’y a rien avant le @',
    'empty-domain': 'il n’y a rien après le @',
    'domain-no-dot': 'le domaine n’a pas de point',
    'trailing-dot': 'une partie se termine par un point',
    'leading-dot': 'une partie commence par un point',
    'consecutive-dots': 'elle contient deux points de suite',
    'invalid-character': 'elle contient un caractère non autorisé',
    'non-ascii': 'elle contient des caractères accentués ou non latins',
    'domain-label': 'le domaine est mal formé',
    'top-level-domain': 'la fin du domaine n’est pas valide',
    'too-long': 'elle est trop longue',
    'formula-start': 'elle commence par un caractère qu’un tableur exécuterait comme une formule',
  },
  delimiters: {
    ',': 'virgules',
    ';': 'points-virgules',
    '\t': 'tabulations',
    '|': 'barres verticales (|)',
    other: '« {char} »',
  },
  notText: {
    xlsx: 'un classeur Excel (.xlsx) ou une autre archive zip',
    xls: 'un classeur Excel d’ancien format (.xls)',
    pdf: 'un document PDF',
    binary: 'un fichier binaire',
  },
  severity: {
    error: 'Erreur',
    warning: 'Avertissement',
    info: 'Information',
  },
  report: {
    row: 'Ligne',
    column: 'Colonne',
    severity: 'Gravité',
    code: 'Code',
    problem: 'Problème',
    message: 'Message',
  },
};
