/**
 * UI texts of the CSV report's review (the row grid, "fix all", the preview of the fixed
 * file and the dialog after a swap), in every locale. Merged into the CSV catalogue by
 * ./csv.ts.
 */
import type { Locale } from '../locales';

export const csvReviewEn = {
  csvGridTitle: 'Rows to check',
  csvGridHelp:
    'The rows with problems (up to {count}). Arrow keys move between cells; Enter or F2 edits a cell, Enter keeps the change and Escape drops it. Each change is checked at once.',
  csvGridStatus: 'Status',
  csvGridOk: 'No problem',
  csvGridFixed: 'Fixed',
  csvGridRemoved: 'Left out by you',
  csvGridMore: '{first} (and {count} more)',
  csvGridEditLabel: '{column}, row {row}',
  csvGridRemove: 'Leave out row {row}',
  csvGridRestore: 'Put row {row} back',
  csvVerdictChanged: 'This report includes your changes; your original file is not changed.',
  csvFixAllTitle: 'Fix all of a kind',
  csvFixDuplicates: 'Leave out all duplicates ({count})',
  csvFixTrim: 'Trim spaces around every cell',
  csvFixTrimCount: 'Trim spaces around every cell ({count} addresses)',
  csvFixLowercase: 'Write all email addresses in lower case',
  csvUndoChanges: 'Undo all changes',
  csvPreviewTitle: 'Before you use the fixed file',
  csvChoiceRole:
    'Shared mailboxes such as info@ or sales@ ({count}): each user needs an address of their own.',
  csvChoicePersonal:
    'Personal addresses such as gmail.com ({count}): the address should be the user’s Salesforce username.',
  csvChoiceLeaveOut: 'Leave them out of the fixed file',
  csvChoiceInvite: 'Invite them anyway',
  csvFormulaRisk:
    'Cells that start with = + - or @ will stay as they are: a spreadsheet that opens the file, or an app that passes the value on to one, could run them as formulas, which can open links, send data elsewhere or start programs.',
  csvErrorsRisk:
    '{count} rows with errors stay in the file: the Sales app may reject them or invite wrong addresses. They are marked in the list below.',
  csvPreviewSummary: 'The fixed file invites {invited} people; {left} are left out.',
  csvPreviewBuilding: 'Preparing the fixed file…',
  csvPreviewSeats: 'Seats: {used} users already in the instance + {invited} invited = {total} of {limit}.',
  csvPreviewInvited: 'Will be invited ({count})',
  csvPreviewLeft: 'Left out ({count})',
  csvNoAddress: '(no address)',
  csvInvitedWithErrors: 'kept although the row has errors',
  csvLeftRemoved: 'left out by you',
  csvLeftDuplicate: 'the same address as row {firstRow}',
  csvLeftBroken: 'inside a row broken by a quotation mark (line {line} of the file)',
  csvLeftExisting: 'already a user of this instance',
  csvLeftRole: 'a shared mailbox, not a person (your choice above)',
  csvLeftPersonal: 'a personal address (your choice above)',
  csvLeftError: 'the row has an error',
  csvFixedSavedPeople: 'Saved {file}: {rows} people to invite, {left} left out (listed above).',
  csvDialogPreview:
    'The fixed file invites {invited} people and leaves {left} out: see the list under the report.',
  csvWideView: 'Widen the panel',
  csvNarrowView: 'Narrow the panel',
  csvDialogFixedChecking: 'The fixed file {file} is in the dialog: checking it. Next waits for the result.',
  csvDialogFixedPassed: 'The fixed file {file} is in the dialog and has no errors: press Next.',
  csvDialogFixedHeld:
    'The fixed file {file} is in the dialog but still has errors (see the report): Next is held back.',
  csvDialogSwapStale:
    'Another file was chosen in the dialog meanwhile: nothing was swapped. Check the report of the new file.',
} as const;

export type CsvReviewKey = keyof typeof csvReviewEn;

export const csvReview: Record<Locale, Record<CsvReviewKey, string>> = {
  en: csvReviewEn,
  es: {
    csvGridTitle: 'Filas que revisar',
    csvGridHelp:
      'Las filas con problemas (hasta {count}). Las flechas mueven entre celdas; Intro o F2 edita una celda, Intro guarda el cambio y Escape lo descarta. Cada cambio se comprueba al momento.',
    csvGridStatus: 'Estado',
    csvGridOk: 'Sin problemas',
    csvGridFixed: 'Corregida',
    csvGridRemoved: 'Omitida por usted',
    csvGridMore: '{first} (y {count} más)',
    csvGridEditLabel: '{column}, fila {row}',
    csvGridRemove: 'Omitir la fila {row}',
    csvGridRestore: 'Recuperar la fila {row}',
    csvVerdictChanged: 'Este informe incluye sus cambios; su archivo original no se modifica.',
    csvFixAllTitle: 'Corregir todos los de un tipo',
    csvFixDuplicates: 'Omitir todos los duplicados ({count})',
    csvFixTrim: 'Quitar los espacios alrededor de cada celda',
    csvFixTrimCount: 'Quitar los espacios alrededor de cada celda ({count} direcciones)',
    csvFixLowercase: 'Escribir todas las direcciones en minúsculas',
    csvUndoChanges: 'Deshacer todos los cambios',
    csvPreviewTitle: 'Antes de usar el archivo corregido',
    csvChoiceRole:
      'Buzones compartidos como info@ o ventas@ ({count}): cada usuario necesita una dirección propia.',
    csvChoicePersonal:
      'Direcciones personales como gmail.com ({count}): la dirección debe ser el nombre de usuario de Salesforce del usuario.',
    csvChoiceLeaveOut: 'Omitirlas del archivo corregido',
    csvChoiceInvite: 'Invitarlas de todos modos',
    csvFormulaRisk:
      'Las celdas que empiezan por = + - o @ quedarán tal cual: una hoja de cálculo que abra el archivo, o una aplicación que pase el valor a una, podría ejecutarlas como fórmulas, que pueden abrir enlaces, enviar datos a otro sitio o iniciar programas.',
    csvErrorsRisk:
      '{count} filas con errores se quedan en el archivo: la aplicación Sales puede rechazarlas o invitar direcciones equivocadas. Están marcadas en la lista de abajo.',
    csvPreviewSummary: 'El archivo corregido invita a {invited} personas; {left} quedan fuera.',
    csvPreviewBuilding: 'Preparando el archivo corregido…',
    csvPreviewSeats:
      'Licencias: {used} usuarios ya en la instancia + {invited} invitados = {total} de {limit}.',
    csvPreviewInvited: 'Se invitará a ({count})',
    csvPreviewLeft: 'Quedan fuera ({count})',
    csvNoAddress: '(sin dirección)',
    csvInvitedWithErrors: 'conservada aunque la fila tiene errores',
    csvLeftRemoved: 'omitida por usted',
    csvLeftDuplicate: 'la misma dirección que la fila {firstRow}',
    csvLeftBroken: 'dentro de una fila rota por unas comillas (línea {line} del archivo)',
    csvLeftExisting: 'ya es usuario de esta instancia',
    csvLeftRole: 'un buzón compartido, no una persona (su elección de arriba)',
    csvLeftPersonal: 'una dirección personal (su elección de arriba)',
    csvLeftError: 'la fila tiene un error',
    csvFixedSavedPeople:
      'Guardado {file}: {rows} personas que invitar, {left} fuera (en la lista de arriba).',
    csvDialogPreview:
      'El archivo corregido invita a {invited} personas y deja fuera a {left}: vea la lista bajo el informe.',
    csvWideView: 'Ensanchar el panel',
    csvNarrowView: 'Estrechar el panel',
    csvDialogFixedChecking:
      'El archivo corregido {file} está en el cuadro de diálogo: comprobándolo. Siguiente espera el resultado.',
    csvDialogFixedPassed:
      'El archivo corregido {file} está en el cuadro de diálogo y no tiene errores: pulse Siguiente.',
    csvDialogFixedHeld:
      'El archivo corregido {file} está en el cuadro de diálogo pero aún tiene errores (vea el informe): Siguiente está retenido.',
    csvDialogSwapStale:
      'Mientras tanto se eligió otro archivo en el cuadro de diálogo: no se cambió nada. Revise el informe del nuevo archivo.',
  },
  fr: {
    csvGridTitle: 'Lignes à vérifier',
    csvGridHelp:
      'Les lignes qui posent problème (jusqu’à {count}). Les flèches passent d’une cellule à l’autre ; Entrée ou F2 modifie une cellule, Entrée garde la modification et Échap l’annule. Chaque modification est vérifiée aussitôt.',
    csvGridStatus: 'État',
    csvGridOk: 'Aucun problème',
    csvGridFixed: 'Corrigée',
    csvGridRemoved: 'Écartée par vous',
    csvGridMore: '{first} (et {count} autres)',
    csvGridEditLabel: '{column}, ligne {row}',
    csvGridRemove: 'Écarter la ligne {row}',
    csvGridRestore: 'Remettre la ligne {row}',
    csvVerdictChanged:
      'Ce rapport tient compte de vos modifications ; votre fichier d’origine n’est pas modifié.',
    csvFixAllTitle: 'Tout corriger d’un coup',
    csvFixDuplicates: 'Écarter tous les doublons ({count})',
    csvFixTrim: 'Supprimer les espaces autour de chaque cellule',
    csvFixTrimCount: 'Supprimer les espaces autour de chaque cellule ({count} adresses)',
    csvFixLowercase: 'Écrire toutes les adresses e-mail en minuscules',
    csvUndoChanges: 'Annuler toutes les modifications',
    csvPreviewTitle: 'Avant d’utiliser le fichier corrigé',
    csvChoiceRole:
      'Boîtes partagées comme info@ ou contact@ ({count}) : chaque utilisateur doit avoir sa propre adresse.',
    csvChoicePersonal:
      'Adresses personnelles comme gmail.com ({count}) : l’adresse doit être le nom d’utilisateur Salesforce de la personne.',
    csvChoiceLeaveOut: 'Les écarter du fichier corrigé',
    csvChoiceInvite: 'Les inviter quand même',
    csvFormulaRisk:
      'Les cellules qui commencent par = + - ou @ resteront telles quelles : un tableur qui ouvre le fichier, ou une application qui transmet la valeur à un tableur, pourrait les exécuter comme des formules, capables d’ouvrir des liens, d’envoyer des données ailleurs ou de lancer des programmes.',
    csvErrorsRisk:
      '{count} lignes en erreur restent dans le fichier : l’application Sales peut les refuser ou inviter de mauvaises adresses. Elles sont signalées dans la liste ci-dessous.',
    csvPreviewSummary: 'Le fichier corrigé invite {invited} personnes ; {left} sont écartées.',
    csvPreviewBuilding: 'Préparation du fichier corrigé…',
    csvPreviewSeats:
      'Licences : {used} utilisateurs déjà dans l’instance + {invited} invités = {total} sur {limit}.',
    csvPreviewInvited: 'Seront invitées ({count})',
    csvPreviewLeft: 'Écartées ({count})',
    csvNoAddress: '(aucune adresse)',
    csvInvitedWithErrors: 'gardée bien que la ligne ait des erreurs',
    csvLeftRemoved: 'écartée par vous',
    csvLeftDuplicate: 'même adresse qu’à la ligne {firstRow}',
    csvLeftBroken: 'dans une ligne cassée par un guillemet (ligne {line} du fichier)',
    csvLeftExisting: 'déjà utilisateur de cette instance',
    csvLeftRole: 'une boîte partagée, pas une personne (votre choix ci-dessus)',
    csvLeftPersonal: 'une adresse personnelle (votre choix ci-dessus)',
    csvLeftError: 'la ligne comporte une erreur',
    csvFixedSavedPeople: '{file} enregistré : {rows} personnes à inviter, {left} écartées (liste ci-dessus).',
    csvDialogPreview:
      'Le fichier corrigé invite {invited} personnes et en écarte {left} : voir la liste sous le rapport.',
    csvWideView: 'Élargir le panneau',
    csvNarrowView: 'Rétrécir le panneau',
    csvDialogFixedChecking:
      'Le fichier corrigé {file} est dans la boîte de dialogue : vérification en cours. Suivant attend le résultat.',
    csvDialogFixedPassed:
      'Le fichier corrigé {file} est dans la boîte de dialogue et n’a pas d’erreur : appuyez sur Suivant.',
    csvDialogFixedHeld:
      'Le fichier corrigé {file} est dans la boîte de dialogue mais a encore des erreurs (voir le rapport) : Suivant reste bloqué.',
    csvDialogSwapStale:
      'Un autre fichier a été choisi entre-temps dans la boîte de dialogue : rien n’a été remplacé. Consultez le rapport du nouveau fichier.',
  },
  it: {
    csvGridTitle: 'Righe da controllare',
    csvGridHelp:
      'Le righe con problemi (fino a {count}). Le frecce spostano tra le celle; Invio o F2 modifica una cella, Invio conferma la modifica ed Esc la annulla. Ogni modifica viene controllata subito.',
    csvGridStatus: 'Stato',
    csvGridOk: 'Nessun problema',
    csvGridFixed: 'Corretta',
    csvGridRemoved: 'Esclusa da te',
    csvGridMore: '{first} (e altri {count})',
    csvGridEditLabel: '{column}, riga {row}',
    csvGridRemove: 'Escludi la riga {row}',
    csvGridRestore: 'Ripristina la riga {row}',
    csvVerdictChanged: 'Questo report include le tue modifiche; il file originale non viene modificato.',
    csvFixAllTitle: 'Correggi tutti quelli di un tipo',
    csvFixDuplicates: 'Escludi tutti i duplicati ({count})',
    csvFixTrim: 'Togli gli spazi attorno a ogni cella',
    csvFixTrimCount: 'Togli gli spazi attorno a ogni cella ({count} indirizzi)',
    csvFixLowercase: 'Scrivi tutti gli indirizzi email in minuscolo',
    csvUndoChanges: 'Annulla tutte le modifiche',
    csvPreviewTitle: 'Prima di usare il file corretto',
    csvChoiceRole:
      'Caselle condivise come info@ o vendite@ ({count}): ogni utente ha bisogno di un indirizzo proprio.',
    csvChoicePersonal:
      'Indirizzi personali come gmail.com ({count}): l’indirizzo deve essere il nome utente Salesforce della persona.',
    csvChoiceLeaveOut: 'Escluderli dal file corretto',
    csvChoiceInvite: 'Invitarli comunque',
    csvFormulaRisk:
      'Le celle che iniziano con = + - o @ resteranno come sono: un foglio di calcolo che apre il file, o un’app che gli passa il valore, potrebbe eseguirle come formule, che possono aprire link, inviare dati altrove o avviare programmi.',
    csvErrorsRisk:
      '{count} righe con errori restano nel file: l’app Sales potrebbe rifiutarle o invitare indirizzi sbagliati. Sono segnalate nell’elenco qui sotto.',
    csvPreviewSummary: 'Il file corretto invita {invited} persone; {left} sono escluse.',
    csvPreviewBuilding: 'Preparazione del file corretto…',
    csvPreviewSeats: 'Licenze: {used} utenti già nell’istanza + {invited} invitati = {total} su {limit}.',
    csvPreviewInvited: 'Verranno invitate ({count})',
    csvPreviewLeft: 'Escluse ({count})',
    csvNoAddress: '(nessun indirizzo)',
    csvInvitedWithErrors: 'mantenuta anche se la riga ha errori',
    csvLeftRemoved: 'esclusa da te',
    csvLeftDuplicate: 'lo stesso indirizzo della riga {firstRow}',
    csvLeftBroken: 'in una riga rotta da delle virgolette (riga {line} del file)',
    csvLeftExisting: 'già utente di questa istanza',
    csvLeftRole: 'una casella condivisa, non una persona (la tua scelta qui sopra)',
    csvLeftPersonal: 'un indirizzo personale (la tua scelta qui sopra)',
    csvLeftError: 'la riga ha un errore',
    csvFixedSavedPeople: '{file} salvato: {rows} persone da invitare, {left} escluse (elencate qui sopra).',
    csvDialogPreview:
      'Il file corretto invita {invited} persone e ne esclude {left}: vedi l’elenco sotto il report.',
    csvWideView: 'Allarga il pannello',
    csvNarrowView: 'Restringi il pannello',
    csvDialogFixedChecking:
      'Il file corretto {file} è nella finestra di dialogo: controllo in corso. Avanti attende il risultato.',
    csvDialogFixedPassed:
      'Il file corretto {file} è nella finestra di dialogo e non ha errori: premi Avanti.',
    csvDialogFixedHeld:
      'Il file corretto {file} è nella finestra di dialogo ma ha ancora errori (vedi il report): Avanti resta bloccato.',
    csvDialogSwapStale:
      'Nel frattempo è stato scelto un altro file nella finestra di dialogo: non è stato sostituito nulla. Controlla il report del nuovo file.',
  },
  sv: {
    csvGridTitle: 'Rader att kontrollera',
    csvGridHelp:
      'Raderna med problem (upp till {count}). Piltangenterna flyttar mellan celler; Enter eller F2 redigerar en cell, Enter behåller ändringen och Esc ångrar den. Varje ändring kontrolleras direkt.',
    csvGridStatus: 'Status',
    csvGridOk: 'Inga problem',
    csvGridFixed: 'Rättad',
    csvGridRemoved: 'Utesluten av dig',
    csvGridMore: '{first} (och {count} till)',
    csvGridEditLabel: '{column}, rad {row}',
    csvGridRemove: 'Uteslut rad {row}',
    csvGridRestore: 'Ta tillbaka rad {row}',
    csvVerdictChanged: 'Rapporten tar med dina ändringar; originalfilen ändras inte.',
    csvFixAllTitle: 'Rätta alla av ett slag',
    csvFixDuplicates: 'Uteslut alla dubbletter ({count})',
    csvFixTrim: 'Ta bort mellanslag runt varje cell',
    csvFixTrimCount: 'Ta bort mellanslag runt varje cell ({count} adresser)',
    csvFixLowercase: 'Skriv alla e-postadresser med gemener',
    csvUndoChanges: 'Ångra alla ändringar',
    csvPreviewTitle: 'Innan du använder den rättade filen',
    csvChoiceRole:
      'Delade brevlådor som info@ eller sales@ ({count}): varje användare behöver en egen adress.',
    csvChoicePersonal:
      'Privata adresser som gmail.com ({count}): adressen ska vara användarens användarnamn i Salesforce.',
    csvChoiceLeaveOut: 'Uteslut dem ur den rättade filen',
    csvChoiceInvite: 'Bjud in dem ändå',
    csvFormulaRisk:
      'Celler som börjar med = + - eller @ lämnas som de är: ett kalkylprogram som öppnar filen, eller en app som skickar värdet vidare till ett, kan köra dem som formler, som kan öppna länkar, skicka data någon annanstans eller starta program.',
    csvErrorsRisk:
      '{count} rader med fel blir kvar i filen: Sales-appen kan avvisa dem eller bjuda in fel adresser. De är markerade i listan nedan.',
    csvPreviewSummary: 'Den rättade filen bjuder in {invited} personer; {left} utesluts.',
    csvPreviewBuilding: 'Förbereder den rättade filen…',
    csvPreviewSeats:
      'Licenser: {used} användare redan i instansen + {invited} inbjudna = {total} av {limit}.',
    csvPreviewInvited: 'Bjuds in ({count})',
    csvPreviewLeft: 'Utesluts ({count})',
    csvNoAddress: '(ingen adress)',
    csvInvitedWithErrors: 'behålls trots att raden har fel',
    csvLeftRemoved: 'utesluten av dig',
    csvLeftDuplicate: 'samma adress som rad {firstRow}',
    csvLeftBroken: 'i en rad som ett citattecken har förstört (rad {line} i filen)',
    csvLeftExisting: 'redan användare i den här instansen',
    csvLeftRole: 'en delad brevlåda, inte en person (ditt val ovan)',
    csvLeftPersonal: 'en privat adress (ditt val ovan)',
    csvLeftError: 'raden har ett fel',
    csvFixedSavedPeople: 'Sparade {file}: {rows} personer att bjuda in, {left} uteslutna (listade ovan).',
    csvDialogPreview:
      'Den rättade filen bjuder in {invited} personer och utesluter {left}: se listan under rapporten.',
    csvWideView: 'Gör panelen bredare',
    csvNarrowView: 'Gör panelen smalare',
    csvDialogFixedChecking:
      'Den rättade filen {file} finns i dialogrutan: den kontrolleras. Nästa väntar på resultatet.',
    csvDialogFixedPassed: 'Den rättade filen {file} finns i dialogrutan och har inga fel: tryck på Nästa.',
    csvDialogFixedHeld:
      'Den rättade filen {file} finns i dialogrutan men har fortfarande fel (se rapporten): Nästa hålls tillbaka.',
    csvDialogSwapStale:
      'En annan fil valdes i dialogrutan under tiden: inget byttes ut. Kontrollera rapporten för den nya filen.',
  },
  zh_CN: {
    csvGridTitle: '需要检查的行',
    csvGridHelp:
      '有问题的行（最多 {count} 行）。方向键在单元格之间移动；Enter 或 F2 编辑单元格，Enter 保留修改，Esc 放弃修改。每次修改都会立即检查。',
    csvGridStatus: '状态',
    csvGridOk: '没有问题',
    csvGridFixed: '已修正',
    csvGridRemoved: '已由您排除',
    csvGridMore: '{first}（另有 {count} 项）',
    csvGridEditLabel: '{column}，第 {row} 行',
    csvGridRemove: '排除第 {row} 行',
    csvGridRestore: '恢复第 {row} 行',
    csvVerdictChanged: '此报告包含您的修改；原始文件不会被更改。',
    csvFixAllTitle: '按类别全部修正',
    csvFixDuplicates: '排除所有重复项（{count}）',
    csvFixTrim: '去除每个单元格前后的空格',
    csvFixTrimCount: '去除每个单元格前后的空格（{count} 个地址）',
    csvFixLowercase: '将所有电子邮件地址改为小写',
    csvUndoChanges: '撤销所有修改',
    csvPreviewTitle: '使用修正后的文件之前',
    csvChoiceRole: 'info@ 或 sales@ 之类的共享邮箱（{count}）：每个用户都需要自己的地址。',
    csvChoicePersonal: 'gmail.com 之类的个人地址（{count}）：地址应为该用户的 Salesforce 用户名。',
    csvChoiceLeaveOut: '从修正后的文件中排除',
    csvChoiceInvite: '仍然邀请',
    csvFormulaRisk:
      '以 = + - 或 @ 开头的单元格将保持原样：打开该文件的电子表格，或将该值传给电子表格的应用，可能会将其作为公式执行，从而打开链接、将数据发送到别处或启动程序。',
    csvErrorsRisk:
      '{count} 个有错误的行留在文件中：Sales 应用可能会拒绝它们，或邀请错误的地址。它们已在下面的列表中标出。',
    csvPreviewSummary: '修正后的文件邀请 {invited} 人；{left} 人被排除。',
    csvPreviewBuilding: '正在准备修正后的文件…',
    csvPreviewSeats: '席位：实例中已有 {used} 名用户 + 邀请 {invited} 名 = {total} / {limit}。',
    csvPreviewInvited: '将被邀请（{count}）',
    csvPreviewLeft: '被排除（{count}）',
    csvNoAddress: '（无地址）',
    csvInvitedWithErrors: '虽然该行有错误仍保留',
    csvLeftRemoved: '已由您排除',
    csvLeftDuplicate: '与第 {firstRow} 行的地址相同',
    csvLeftBroken: '位于被引号破坏的行中（文件第 {line} 行）',
    csvLeftExisting: '已是此实例的用户',
    csvLeftRole: '共享邮箱，而不是个人（您在上面的选择）',
    csvLeftPersonal: '个人地址（您在上面的选择）',
    csvLeftError: '该行有错误',
    csvFixedSavedPeople: '已保存 {file}：要邀请 {rows} 人，排除 {left} 人（见上方列表）。',
    csvDialogPreview: '修正后的文件邀请 {invited} 人，排除 {left} 人：请查看报告下方的列表。',
    csvWideView: '加宽面板',
    csvNarrowView: '缩窄面板',
    csvDialogFixedChecking: '修正后的文件 {file} 已在对话框中：正在检查。“下一步”将等待结果。',
    csvDialogFixedPassed: '修正后的文件 {file} 已在对话框中且没有错误：请按“下一步”。',
    csvDialogFixedHeld: '修正后的文件 {file} 已在对话框中，但仍有错误（见报告）：“下一步”被拦下。',
    csvDialogSwapStale: '在此期间对话框中选择了另一个文件：没有进行替换。请查看新文件的报告。',
  },
  de: {
    csvGridTitle: 'Zu prüfende Zeilen',
    csvGridHelp:
      'Die Zeilen mit Problemen (bis zu {count}). Die Pfeiltasten wechseln zwischen Zellen; Eingabe oder F2 bearbeitet eine Zelle, Eingabe übernimmt die Änderung und Esc verwirft sie. Jede Änderung wird sofort geprüft.',
    csvGridStatus: 'Status',
    csvGridOk: 'Kein Problem',
    csvGridFixed: 'Korrigiert',
    csvGridRemoved: 'Von Ihnen weggelassen',
    csvGridMore: '{first} (und {count} weitere)',
    csvGridEditLabel: '{column}, Zeile {row}',
    csvGridRemove: 'Zeile {row} weglassen',
    csvGridRestore: 'Zeile {row} zurückholen',
    csvVerdictChanged:
      'Dieser Bericht berücksichtigt Ihre Änderungen; Ihre Originaldatei wird nicht geändert.',
    csvFixAllTitle: 'Alle einer Art korrigieren',
    csvFixDuplicates: 'Alle Duplikate weglassen ({count})',
    csvFixTrim: 'Leerzeichen um jede Zelle entfernen',
    csvFixTrimCount: 'Leerzeichen um jede Zelle entfernen ({count} Adressen)',
    csvFixLowercase: 'Alle E-Mail-Adressen kleinschreiben',
    csvUndoChanges: 'Alle Änderungen rückgängig machen',
    csvPreviewTitle: 'Bevor Sie die korrigierte Datei verwenden',
    csvChoiceRole:
      'Gemeinsame Postfächer wie info@ oder vertrieb@ ({count}): Jeder Benutzer braucht eine eigene Adresse.',
    csvChoicePersonal:
      'Private Adressen wie gmail.com ({count}): Die Adresse sollte der Salesforce-Benutzername der Person sein.',
    csvChoiceLeaveOut: 'Aus der korrigierten Datei weglassen',
    csvChoiceInvite: 'Trotzdem einladen',
    csvFormulaRisk:
      'Zellen, die mit = + - oder @ beginnen, bleiben wie sie sind: Eine Tabellenkalkulation, die die Datei öffnet, oder eine App, die den Wert an eine weitergibt, könnte sie als Formeln ausführen, die Links öffnen, Daten anderswohin senden oder Programme starten können.',
    csvErrorsRisk:
      '{count} Zeilen mit Fehlern bleiben in der Datei: Die Sales-App lehnt sie womöglich ab oder lädt falsche Adressen ein. Sie sind in der Liste unten markiert.',
    csvPreviewSummary: 'Die korrigierte Datei lädt {invited} Personen ein; {left} werden weggelassen.',
    csvPreviewBuilding: 'Die korrigierte Datei wird vorbereitet…',
    csvPreviewSeats:
      'Lizenzen: {used} Benutzer bereits in der Instanz + {invited} eingeladen = {total} von {limit}.',
    csvPreviewInvited: 'Werden eingeladen ({count})',
    csvPreviewLeft: 'Weggelassen ({count})',
    csvNoAddress: '(keine Adresse)',
    csvInvitedWithErrors: 'behalten, obwohl die Zeile Fehler hat',
    csvLeftRemoved: 'von Ihnen weggelassen',
    csvLeftDuplicate: 'dieselbe Adresse wie in Zeile {firstRow}',
    csvLeftBroken: 'in einer durch ein Anführungszeichen beschädigten Zeile (Zeile {line} der Datei)',
    csvLeftExisting: 'bereits Benutzer dieser Instanz',
    csvLeftRole: 'ein gemeinsames Postfach, keine Person (Ihre Wahl oben)',
    csvLeftPersonal: 'eine private Adresse (Ihre Wahl oben)',
    csvLeftError: 'die Zeile hat einen Fehler',
    csvFixedSavedPeople:
      '{file} gespeichert: {rows} Personen zum Einladen, {left} weggelassen (oben aufgelistet).',
    csvDialogPreview:
      'Die korrigierte Datei lädt {invited} Personen ein und lässt {left} weg: siehe die Liste unter dem Bericht.',
    csvWideView: 'Bereich verbreitern',
    csvNarrowView: 'Bereich verschmälern',
    csvDialogFixedChecking:
      'Die korrigierte Datei {file} ist im Dialog: Sie wird geprüft. Weiter wartet auf das Ergebnis.',
    csvDialogFixedPassed:
      'Die korrigierte Datei {file} ist im Dialog und hat keine Fehler: Klicken Sie auf Weiter.',
    csvDialogFixedHeld:
      'Die korrigierte Datei {file} ist im Dialog, hat aber noch Fehler (siehe Bericht): Weiter bleibt gesperrt.',
    csvDialogSwapStale:
      'Inzwischen wurde im Dialog eine andere Datei gewählt: Nichts wurde ersetzt. Prüfen Sie den Bericht der neuen Datei.',
  },
  ja: {
    csvGridTitle: '確認する行',
    csvGridHelp:
      '問題のある行（最大 {count} 行）。矢印キーでセル間を移動し、Enter または F2 でセルを編集、Enter で変更を確定、Esc で取り消します。変更はすぐにチェックされます。',
    csvGridStatus: '状態',
    csvGridOk: '問題なし',
    csvGridFixed: '修正済み',
    csvGridRemoved: '除外済み',
    csvGridMore: '{first}（ほか {count} 件）',
    csvGridEditLabel: '{column}、{row} 行目',
    csvGridRemove: '{row} 行目を除外',
    csvGridRestore: '{row} 行目を戻す',
    csvVerdictChanged: 'このレポートには変更が反映されています。元のファイルは変更されません。',
    csvFixAllTitle: '種類ごとにまとめて修正',
    csvFixDuplicates: '重複をすべて除外（{count}）',
    csvFixTrim: '各セルの前後の空白を削除',
    csvFixTrimCount: '各セルの前後の空白を削除（{count} 件のアドレス）',
    csvFixLowercase: 'メールアドレスをすべて小文字にする',
    csvUndoChanges: '変更をすべて元に戻す',
    csvPreviewTitle: '修正済みファイルを使う前に',
    csvChoiceRole:
      'info@ や sales@ などの共有メールボックス（{count}）：ユーザーごとに個別のアドレスが必要です。',
    csvChoicePersonal:
      'gmail.com などの個人アドレス（{count}）：アドレスはその人の Salesforce ユーザー名にしてください。',
    csvChoiceLeaveOut: '修正済みファイルから除外する',
    csvChoiceInvite: 'それでも招待する',
    csvFormulaRisk:
      '= + - @ で始まるセルはそのまま残ります。ファイルを開いた表計算ソフトや、値を表計算ソフトに渡すアプリがそれを数式として実行し、リンクを開いたり、データを外部に送ったり、プログラムを起動したりするおそれがあります。',
    csvErrorsRisk:
      'エラーのある {count} 行がファイルに残ります。Sales アプリがそれらを拒否したり、誤ったアドレスを招待したりするおそれがあります。下のリストで示しています。',
    csvPreviewSummary: '修正済みファイルは {invited} 人を招待し、{left} 人を除外します。',
    csvPreviewBuilding: '修正済みファイルを準備しています…',
    csvPreviewSeats: 'シート：インスタンスの既存ユーザー {used} 人 + 招待 {invited} 人 = {total} / {limit}。',
    csvPreviewInvited: '招待する人（{count}）',
    csvPreviewLeft: '除外する人（{count}）',
    csvNoAddress: '（アドレスなし）',
    csvInvitedWithErrors: '行にエラーがありますが残します',
    csvLeftRemoved: '手動で除外',
    csvLeftDuplicate: '{firstRow} 行目と同じアドレス',
    csvLeftBroken: '引用符で壊れた行の中（ファイルの {line} 行目）',
    csvLeftExisting: 'すでにこのインスタンスのユーザー',
    csvLeftRole: '個人ではなく共有メールボックス（上の選択）',
    csvLeftPersonal: '個人アドレス（上の選択）',
    csvLeftError: '行にエラーがあります',
    csvFixedSavedPeople: '{file} を保存しました：招待 {rows} 人、除外 {left} 人（上のリストのとおり）。',
    csvDialogPreview:
      '修正済みファイルは {invited} 人を招待し、{left} 人を除外します。レポートの下のリストを確認してください。',
    csvWideView: 'パネルを広げる',
    csvNarrowView: 'パネルを狭める',
    csvDialogFixedChecking:
      '修正済みファイル {file} がダイアログにあります。チェック中です。「次へ」は結果を待っています。',
    csvDialogFixedPassed:
      '修正済みファイル {file} がダイアログにあり、エラーはありません。「次へ」を押してください。',
    csvDialogFixedHeld:
      '修正済みファイル {file} がダイアログにありますが、まだエラーがあります（レポート参照）。「次へ」は止められています。',
    csvDialogSwapStale:
      'その間にダイアログで別のファイルが選ばれたため、何も置き換えていません。新しいファイルのレポートを確認してください。',
  },
  pt_BR: {
    csvGridTitle: 'Linhas a verificar',
    csvGridHelp:
      'As linhas com problemas (até {count}). As setas movem entre as células; Enter ou F2 edita uma célula, Enter mantém a alteração e Esc a descarta. Cada alteração é verificada na hora.',
    csvGridStatus: 'Status',
    csvGridOk: 'Sem problemas',
    csvGridFixed: 'Corrigida',
    csvGridRemoved: 'Deixada de fora por você',
    csvGridMore: '{first} (e mais {count})',
    csvGridEditLabel: '{column}, linha {row}',
    csvGridRemove: 'Deixar de fora a linha {row}',
    csvGridRestore: 'Trazer de volta a linha {row}',
    csvVerdictChanged: 'Este relatório inclui suas alterações; seu arquivo original não é alterado.',
    csvFixAllTitle: 'Corrigir todos de um tipo',
    csvFixDuplicates: 'Deixar de fora todas as duplicatas ({count})',
    csvFixTrim: 'Remover espaços em torno de cada célula',
    csvFixTrimCount: 'Remover espaços em torno de cada célula ({count} endereços)',
    csvFixLowercase: 'Escrever todos os endereços de e-mail em minúsculas',
    csvUndoChanges: 'Desfazer todas as alterações',
    csvPreviewTitle: 'Antes de usar o arquivo corrigido',
    csvChoiceRole:
      'Caixas compartilhadas como info@ ou vendas@ ({count}): cada usuário precisa de um endereço próprio.',
    csvChoicePersonal:
      'Endereços pessoais como gmail.com ({count}): o endereço deve ser o nome de usuário do Salesforce da pessoa.',
    csvChoiceLeaveOut: 'Deixá-los fora do arquivo corrigido',
    csvChoiceInvite: 'Convidá-los mesmo assim',
    csvFormulaRisk:
      'As células que começam com = + - ou @ ficarão como estão: uma planilha que abra o arquivo, ou um app que repasse o valor a uma, poderia executá-las como fórmulas, que podem abrir links, enviar dados para outro lugar ou iniciar programas.',
    csvErrorsRisk:
      '{count} linhas com erros ficam no arquivo: o app Sales pode rejeitá-las ou convidar endereços errados. Elas estão marcadas na lista abaixo.',
    csvPreviewSummary: 'O arquivo corrigido convida {invited} pessoas; {left} ficam de fora.',
    csvPreviewBuilding: 'Preparando o arquivo corrigido…',
    csvPreviewSeats: 'Licenças: {used} usuários já na instância + {invited} convidados = {total} de {limit}.',
    csvPreviewInvited: 'Serão convidados ({count})',
    csvPreviewLeft: 'Ficam de fora ({count})',
    csvNoAddress: '(sem endereço)',
    csvInvitedWithErrors: 'mantida embora a linha tenha erros',
    csvLeftRemoved: 'deixada de fora por você',
    csvLeftDuplicate: 'o mesmo endereço da linha {firstRow}',
    csvLeftBroken: 'dentro de uma linha quebrada por aspas (linha {line} do arquivo)',
    csvLeftExisting: 'já é usuário desta instância',
    csvLeftRole: 'uma caixa compartilhada, não uma pessoa (sua escolha acima)',
    csvLeftPersonal: 'um endereço pessoal (sua escolha acima)',
    csvLeftError: 'a linha tem um erro',
    csvFixedSavedPeople: '{file} salvo: {rows} pessoas a convidar, {left} de fora (listadas acima).',
    csvDialogPreview:
      'O arquivo corrigido convida {invited} pessoas e deixa {left} de fora: veja a lista abaixo do relatório.',
    csvWideView: 'Alargar o painel',
    csvNarrowView: 'Estreitar o painel',
    csvDialogFixedChecking:
      'O arquivo corrigido {file} está na caixa de diálogo: verificando. Avançar aguarda o resultado.',
    csvDialogFixedPassed:
      'O arquivo corrigido {file} está na caixa de diálogo e não tem erros: clique em Avançar.',
    csvDialogFixedHeld:
      'O arquivo corrigido {file} está na caixa de diálogo, mas ainda tem erros (veja o relatório): Avançar continua bloqueado.',
    csvDialogSwapStale:
      'Outro arquivo foi escolhido na caixa de diálogo nesse meio-tempo: nada foi trocado. Veja o relatório do novo arquivo.',
  },
};
