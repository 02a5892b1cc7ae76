/**
 * What went wrong, in words the admin can act on: one sentence (or two) per
 * reason a read, a fill, a copy, a CSV swap or a file check can fail, saying
 * what is wrong and what to do next, in every locale. Never the reason code:
 * lib/i18n/reasons.ts maps each code to one of these keys. Merged into the main
 * catalogues by lib/i18n/catalogs.ts.
 */
import type { Locale } from '../locales';

export const reasonsEn = {
  reasonNoTab: 'The panel lost track of this tab. Reload the page, then try again.',
  reasonNoAnswer: 'The page did not answer. Reload it, then try again.',
  reasonNotMarketo:
    'This is not a Marketo page any more. Open Admin › Sales Insight › Actions Config in Marketo, then press Read again.',
  reasonNoCard:
    'No Integration Information card on this page. Open Admin › Sales Insight › Actions Config in Marketo, then press Read again.',
  reasonMaskedUnrevealable:
    'The Client Secret is masked and the card offers no way to show it here. Show it on the Integration Information card yourself, then press Read again.',
  reasonInvalidClientId:
    'What the card shows as Client ID does not look like one (a UUID such as 1a2b3c4d-…). Reload the page and press Read again; if it stays so, copy the values by hand.',
  reasonInvalidClientSecret:
    'What the card shows as Client Secret does not look like one (32 letters and digits). Show it on the Integration Information card, check it, then press Read again.',
  reasonReadOther: 'The credentials could not be read here. Reload the page, then press Read again.',
  reasonNothingCarried:
    "No credentials are carried any more: they are forgotten after one fill or when the timer ends. Read them again on Marketo's Actions Config and press Send to the Sales app.",
  reasonNotSalesSettings:
    'This page is not the Marketo settings of the Sales app. Open Settings › Admin Settings › Marketo there, then press Fill credentials again.',
  reasonNoForm:
    'No Client ID and Client Secret fields on this page. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
  reasonNoClientIdField:
    'The form on this page has no Client ID field. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
  reasonNoClientSecretField:
    'The form on this page has no Client Secret field. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
  reasonAmbiguous:
    'Two fields on this page could each be the Client ID or the Client Secret, so nothing was filled. Paste the values yourself (Reveal secret shows the carried secret).',
  reasonNotAccepted:
    'The page did not keep the values it was given. Paste them yourself (Reveal secret shows the carried secret), then press Save on the page.',
  reasonInstanceUnconfirmed:
    'The Sales account shows another Marketo instance than the one the values were read on, so nothing was filled. Check which instance this Sales account belongs to, tick the confirmation that names both, then press Fill now again.',
  reasonFillOther: 'Nothing was filled. Reload the page, then press Fill credentials again.',
  reasonSwapNoDialog:
    'The Invite Users via CSV dialog is closed. Open it again (Actions › Invite Users via CSV) and choose the fixed file there.',
  reasonSwapNoFileInput:
    'The dialog shows no file field now. Go back to its first step and choose the fixed file there.',
  reasonSwapUnsupported:
    'This browser does not let the extension put a file into the dialog. Download the fixed file and choose it in the dialog yourself.',
  reasonFileUnreadable:
    'The file could not be read: it may have been moved, changed or deleted since you chose it. Choose it again.',
  reasonFileDenied:
    'The browser did not let the extension read this file. Save it in another folder (your Downloads, for example) and choose it again.',
  reasonFileFailed:
    'The file could not be checked. Choose it again; if this happens again, save it as CSV UTF-8 and retry. Your file was not changed.',
  storePanelUi: "the panel's width and collapsed state",
  storeSettings: 'your options',
  storeProgress: 'your checklist progress',
  storeOther: 'some saved data',
} as const;

export type ReasonUiKey = keyof typeof reasonsEn;

export const reasonsUi: Record<Locale, Record<ReasonUiKey, string>> = {
  en: reasonsEn,
  es: {
    reasonNoTab: 'El panel perdió el rastro de esta pestaña. Vuelva a cargar la página e inténtelo de nuevo.',
    reasonNoAnswer: 'La página no respondió. Vuelva a cargarla e inténtelo de nuevo.',
    reasonNotMarketo:
      'Esta ya no es una página de Marketo. Abra Administrador › Sales Insight › Configuración de acciones en Marketo y pulse Volver a leer.',
    reasonNoCard:
      'No hay ninguna tarjeta de información de integración en esta página. Abra Administrador › Sales Insight › Configuración de acciones en Marketo y pulse Volver a leer.',
    reasonMaskedUnrevealable:
      'El secreto de cliente está enmascarado y la tarjeta no ofrece ninguna forma de mostrarlo aquí. Muéstrelo usted mismo en la tarjeta de información de integración y pulse Volver a leer.',
    reasonInvalidClientId:
      'Lo que la tarjeta muestra como ID de cliente no parece uno (un UUID como 1a2b3c4d-…). Vuelva a cargar la página y pulse Volver a leer; si sigue igual, copie los valores a mano.',
    reasonInvalidClientSecret:
      'Lo que la tarjeta muestra como secreto de cliente no parece uno (32 letras y cifras). Muéstrelo en la tarjeta de información de integración, compruébelo y pulse Volver a leer.',
    reasonReadOther:
      'No se pudieron leer las credenciales aquí. Vuelva a cargar la página y pulse Volver a leer.',
    reasonNothingCarried:
      'Ya no se transporta ninguna credencial: se olvidan tras un relleno o cuando termina el temporizador. Vuelva a leerlas en Configuración de acciones de Marketo y pulse Enviar a la aplicación Sales.',
    reasonNotSalesSettings:
      'Esta página no es la configuración de Marketo de la aplicación Sales. Abra allí Configuración › Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
    reasonNoForm:
      'No hay campos de ID de cliente ni de secreto de cliente en esta página. Abra la pestaña Configuración de Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
    reasonNoClientIdField:
      'El formulario de esta página no tiene campo de ID de cliente. Abra la pestaña Configuración de Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
    reasonNoClientSecretField:
      'El formulario de esta página no tiene campo de secreto de cliente. Abra la pestaña Configuración de Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
    reasonAmbiguous:
      'Dos campos de esta página podrían ser cada uno el ID de cliente o el secreto de cliente, así que no se rellenó nada. Pegue los valores usted mismo (Mostrar secreto muestra el secreto transportado).',
    reasonNotAccepted:
      'La página no conservó los valores que se le dieron. Péguelos usted mismo (Mostrar secreto muestra el secreto transportado) y pulse Guardar en la página.',
    reasonInstanceUnconfirmed:
      'La cuenta de Sales muestra otra instancia de Marketo distinta de aquella en la que se leyeron los valores, así que no se rellenó nada. Compruebe a qué instancia pertenece esta cuenta de Sales, marque la confirmación que nombra ambas y pulse de nuevo Rellenar ahora.',
    reasonFillOther: 'No se rellenó nada. Vuelva a cargar la página y pulse de nuevo Rellenar credenciales.',
    reasonSwapNoDialog:
      'El cuadro de diálogo Invitar usuarios mediante CSV está cerrado. Vuelva a abrirlo (Acciones › Invitar usuarios mediante CSV) y elija allí el archivo corregido.',
    reasonSwapNoFileInput:
      'El cuadro de diálogo ya no muestra ningún campo de archivo. Vuelva a su primer paso y elija allí el archivo corregido.',
    reasonSwapUnsupported:
      'Este navegador no permite que la extensión ponga un archivo en el cuadro de diálogo. Descargue el archivo corregido y elíjalo usted mismo en el cuadro de diálogo.',
    reasonFileUnreadable:
      'No se pudo leer el archivo: puede que se haya movido, modificado o eliminado después de elegirlo. Elíjalo de nuevo.',
    reasonFileDenied:
      'El navegador no permitió que la extensión leyera este archivo. Guárdelo en otra carpeta (por ejemplo, Descargas) y elíjalo de nuevo.',
    reasonFileFailed:
      'No se pudo comprobar el archivo. Elíjalo de nuevo; si vuelve a ocurrir, guárdelo como CSV UTF-8 e inténtelo otra vez. Su archivo no se ha modificado.',
    storePanelUi: 'el ancho del panel y si estaba contraído',
    storeSettings: 'sus opciones',
    storeProgress: 'el progreso de su lista de comprobación',
    storeOther: 'algunos datos guardados',
  },
  fr: {
    reasonNoTab: 'Le panneau a perdu la trace de cet onglet. Rechargez la page, puis réessayez.',
    reasonNoAnswer: "La page n'a pas répondu. Rechargez-la, puis réessayez.",
    reasonNotMarketo:
      "Ce n'est plus une page Marketo. Ouvrez Admin › Sales Insight › Actions Config dans Marketo, puis cliquez sur Relire.",
    reasonNoCard:
      "Aucune carte Informations sur l'intégration sur cette page. Ouvrez Admin › Sales Insight › Actions Config dans Marketo, puis cliquez sur Relire.",
    reasonMaskedUnrevealable:
      "Le secret client est masqué et la carte n'offre aucun moyen de l'afficher ici. Affichez-le vous-même sur la carte Informations sur l'intégration, puis cliquez sur Relire.",
    reasonInvalidClientId:
      "Ce que la carte affiche comme ID client n'en a pas l'air (un UUID tel que 1a2b3c4d-…). Rechargez la page et cliquez sur Relire ; si rien ne change, copiez les valeurs à la main.",
    reasonInvalidClientSecret:
      "Ce que la carte affiche comme secret client n'en a pas l'air (32 lettres et chiffres). Affichez-le sur la carte Informations sur l'intégration, vérifiez-le, puis cliquez sur Relire.",
    reasonReadOther:
      "Les identifiants n'ont pas pu être lus ici. Rechargez la page, puis cliquez sur Relire.",
    reasonNothingCarried:
      "Plus aucun identifiant n'est transporté : ils sont oubliés après un remplissage ou à la fin du minuteur. Relisez-les dans Actions Config de Marketo et cliquez sur Envoyer vers l'application Sales.",
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
  },
  it: {
    reasonNoTab: 'Il pannello ha perso traccia di questa scheda. Ricarica la pagina e riprova.',
    reasonNoAnswer: 'La pagina non ha risposto. Ricaricala e riprova.',
    reasonNotMarketo:
      'Questa non è più una pagina di Marketo. Apri Admin › Sales Insight › Actions Config in Marketo, poi premi Leggi di nuovo.',
    reasonNoCard:
      'Nessuna scheda Informazioni integrazione in questa pagina. Apri Admin › Sales Insight › Actions Config in Marketo, poi premi Leggi di nuovo.',
    reasonMaskedUnrevealable:
      'Il segreto client è mascherato e la scheda non offre modo di mostrarlo qui. Mostralo tu nella scheda Informazioni integrazione, poi premi Leggi di nuovo.',
    reasonInvalidClientId:
      'Ciò che la scheda mostra come ID client non sembra tale (un UUID come 1a2b3c4d-…). Ricarica la pagina e premi Leggi di nuovo; se resta così, copia i valori a mano.',
    reasonInvalidClientSecret:
      'Ciò che la scheda mostra come segreto client non sembra tale (32 lettere e cifre). Mostralo nella scheda Informazioni integrazione, controllalo, poi premi Leggi di nuovo.',
    reasonReadOther:
      'Non è stato possibile leggere le credenziali qui. Ricarica la pagina, poi premi Leggi di nuovo.',
    reasonNothingCarried:
      "Non viene più trasportata nessuna credenziale: vengono dimenticate dopo una compilazione o allo scadere del timer. Leggile di nuovo in Actions Config di Marketo e premi Invia all'app Sales.",
    reasonNotSalesSettings:
      "Questa pagina non è quella delle impostazioni di Marketo dell'app Sales. Apri lì Settings › Admin Settings › Marketo, poi premi di nuovo Compila credenziali.",
    reasonNoForm:
      'Nessun campo ID client e segreto client in questa pagina. Apri la scheda Setup di Admin Settings › Marketo, poi premi di nuovo Compila credenziali.',
    reasonNoClientIdField:
      'Il modulo di questa pagina non ha un campo ID client. Apri la scheda Setup di Admin Settings › Marketo, poi premi di nuovo Compila credenziali.',
    reasonNoClientSecretField:
      'Il modulo di questa pagina non ha un campo segreto client. Apri la scheda Setup di Admin Settings › Marketo, poi premi di nuovo Compila credenziali.',
    reasonAmbiguous:
      "Due campi di questa pagina potrebbero essere ciascuno l'ID client o il segreto client, quindi non è stato compilato nulla. Incolla tu i valori (Mostra segreto mostra il segreto trasportato).",
    reasonNotAccepted:
      'La pagina non ha mantenuto i valori ricevuti. Incollali tu (Mostra segreto mostra il segreto trasportato), poi premi Salva nella pagina.',
    reasonInstanceUnconfirmed:
      "L'account Sales mostra un'istanza di Marketo diversa da quella in cui sono stati letti i valori, quindi non è stato compilato nulla. Verifica a quale istanza appartiene questo account Sales, spunta la conferma che le nomina entrambe, poi premi di nuovo Compila ora.",
    reasonFillOther:
      'Non è stato compilato nulla. Ricarica la pagina, poi premi di nuovo Compila credenziali.',
    reasonSwapNoDialog:
      'La finestra Invita utenti tramite CSV è chiusa. Riaprila (Actions › Invita utenti tramite CSV) e scegli lì il file corretto.',
    reasonSwapNoFileInput:
      'La finestra non mostra più un campo file. Torna al primo passaggio e scegli lì il file corretto.',
    reasonSwapUnsupported:
      "Questo browser non consente all'estensione di inserire un file nella finestra. Scarica il file corretto e sceglilo tu nella finestra.",
    reasonFileUnreadable:
      'Impossibile leggere il file: potrebbe essere stato spostato, modificato o eliminato dopo che lo hai scelto. Sceglilo di nuovo.',
    reasonFileDenied:
      "Il browser non ha consentito all'estensione di leggere questo file. Salvalo in un'altra cartella (ad esempio Download) e sceglilo di nuovo.",
    reasonFileFailed:
      'Impossibile controllare il file. Sceglilo di nuovo; se succede ancora, salvalo come CSV UTF-8 e riprova. Il tuo file non è stato modificato.',
    storePanelUi: 'la larghezza del pannello e se era compresso',
    storeSettings: 'le tue opzioni',
    storeProgress: 'i progressi della tua checklist',
    storeOther: 'alcuni dati salvati',
  },
  sv: {
    reasonNoTab: 'Panelen tappade bort den här fliken. Ladda om sidan och försök igen.',
    reasonNoAnswer: 'Sidan svarade inte. Ladda om den och försök igen.',
    reasonNotMarketo:
      'Det här är inte längre en Marketo-sida. Öppna Admin › Sales Insight › Actions Config i Marketo och tryck sedan på Läs igen.',
    reasonNoCard:
      'Inget integreringsinformationskort på den här sidan. Öppna Admin › Sales Insight › Actions Config i Marketo och tryck sedan på Läs igen.',
    reasonMaskedUnrevealable:
      'Klienthemligheten är maskerad och kortet erbjuder inget sätt att visa den här. Visa den själv på integreringsinformationskortet och tryck sedan på Läs igen.',
    reasonInvalidClientId:
      'Det som kortet visar som klient-ID ser inte ut som ett (ett UUID som 1a2b3c4d-…). Ladda om sidan och tryck på Läs igen; om det är likadant, kopiera värdena för hand.',
    reasonInvalidClientSecret:
      'Det som kortet visar som klienthemlighet ser inte ut som en (32 bokstäver och siffror). Visa den på integreringsinformationskortet, kontrollera den och tryck sedan på Läs igen.',
    reasonReadOther:
      'Inloggningsuppgifterna kunde inte läsas här. Ladda om sidan och tryck sedan på Läs igen.',
    reasonNothingCarried:
      'Inga inloggningsuppgifter bärs längre: de glöms efter en ifyllning eller när timern tar slut. Läs dem igen på Actions Config i Marketo och tryck på Skicka till Sales-appen.',
    reasonNotSalesSettings:
      'Den här sidan är inte Marketo-inställningarna i Sales-appen. Öppna Settings › Admin Settings › Marketo där och tryck sedan på Fyll i inloggningsuppgifter igen.',
    reasonNoForm:
      'Inga fält för klient-ID och klienthemlighet på den här sidan. Öppna fliken Konfigurera under Admin Settings › Marketo och tryck sedan på Fyll i inloggningsuppgifter igen.',
    reasonNoClientIdField:
      'Formuläret på den här sidan har inget fält för klient-ID. Öppna fliken Konfigurera under Admin Settings › Marketo och tryck sedan på Fyll i inloggningsuppgifter igen.',
    reasonNoClientSecretField:
      'Formuläret på den här sidan har inget fält för klienthemlighet. Öppna fliken Konfigurera under Admin Settings › Marketo och tryck sedan på Fyll i inloggningsuppgifter igen.',
    reasonAmbiguous:
      'Två fält på den här sidan kan vart och ett vara klient-ID eller klienthemlighet, så inget fylldes i. Klistra in värdena själv (Visa hemlighet visar den burna hemligheten).',
    reasonNotAccepted:
      'Sidan behöll inte värdena den fick. Klistra in dem själv (Visa hemlighet visar den burna hemligheten) och tryck sedan på Spara på sidan.',
    reasonInstanceUnconfirmed:
      'Sales-kontot visar en annan Marketo-instans än den där värdena lästes, så inget fylldes i. Kontrollera vilken instans Sales-kontot hör till, markera bekräftelsen som namnger båda och tryck sedan på Fyll i nu igen.',
    reasonFillOther: 'Inget fylldes i. Ladda om sidan och tryck sedan på Fyll i inloggningsuppgifter igen.',
    reasonSwapNoDialog:
      'Dialogrutan Bjud in användare via CSV är stängd. Öppna den igen (Actions › Bjud in användare via CSV) och välj den rättade filen där.',
    reasonSwapNoFileInput:
      'Dialogrutan visar inget filfält längre. Gå tillbaka till det första steget och välj den rättade filen där.',
    reasonSwapUnsupported:
      'Den här webbläsaren låter inte tillägget lägga en fil i dialogrutan. Ladda ner den rättade filen och välj den själv i dialogrutan.',
    reasonFileUnreadable:
      'Filen kunde inte läsas: den kan ha flyttats, ändrats eller tagits bort efter att du valde den. Välj den igen.',
    reasonFileDenied:
      'Webbläsaren lät inte tillägget läsa den här filen. Spara den i en annan mapp (till exempel Hämtade filer) och välj den igen.',
    reasonFileFailed:
      'Filen kunde inte kontrolleras. Välj den igen; om det händer igen, spara den som CSV UTF-8 och försök på nytt. Din fil har inte ändrats.',
    storePanelUi: 'panelens bredd och om den var ihopfälld',
    storeSettings: 'dina alternativ',
    storeProgress: 'dina framsteg i checklistan',
    storeOther: 'vissa sparade data',
  },
  zh_CN: {
    reasonNoTab: '面板丢失了此标签页。请重新加载页面，然后重试。',
    reasonNoAnswer: '页面没有响应。请重新加载页面，然后重试。',
    reasonNotMarketo:
      '这已不再是 Marketo 页面。请在 Marketo 中打开 Admin › Sales Insight › Actions Config，然后点击“重新读取”。',
    reasonNoCard:
      '此页面上没有集成信息卡。请在 Marketo 中打开 Admin › Sales Insight › Actions Config，然后点击“重新读取”。',
    reasonMaskedUnrevealable:
      '客户端密钥已被遮盖，而此卡片无法在此处显示它。请您自己在集成信息卡上显示它，然后点击“重新读取”。',
    reasonInvalidClientId:
      '卡片上显示为客户端ID的内容看起来不像客户端ID（应为 UUID，例如 1a2b3c4d-…）。请重新加载页面并点击“重新读取”；如果仍然如此，请手动复制这些值。',
    reasonInvalidClientSecret:
      '卡片上显示为客户端密钥的内容看起来不像客户端密钥（应为 32 个字母和数字）。请在集成信息卡上显示它并核对，然后点击“重新读取”。',
    reasonReadOther: '无法在此读取凭据。请重新加载页面，然后点击“重新读取”。',
    reasonNothingCarried:
      '已不再携带任何凭据：填写一次后或计时结束时它们即被遗忘。请在 Marketo 的 Actions Config 上重新读取，然后点击“发送到 Sales 应用”。',
    reasonNotSalesSettings:
      '此页面不是 Sales 应用的 Marketo 设置页面。请在该应用中打开 Settings › Admin Settings › Marketo，然后再次点击“填写凭据”。',
    reasonNoForm:
      '此页面上没有客户端ID和客户端密钥字段。请打开 Admin Settings › Marketo 的“Setup”选项卡，然后再次点击“填写凭据”。',
    reasonNoClientIdField:
      '此页面上的表单没有客户端ID字段。请打开 Admin Settings › Marketo 的“Setup”选项卡，然后再次点击“填写凭据”。',
    reasonNoClientSecretField:
      '此页面上的表单没有客户端密钥字段。请打开 Admin Settings › Marketo 的“Setup”选项卡，然后再次点击“填写凭据”。',
    reasonAmbiguous:
      '此页面上有两个字段都可能是客户端ID或客户端密钥，因此没有填写任何内容。请自行粘贴这些值（“显示密钥”会显示携带的密钥）。',
    reasonNotAccepted:
      '页面没有保留填入的值。请自行粘贴（“显示密钥”会显示携带的密钥），然后在页面上点击“Save”。',
    reasonInstanceUnconfirmed:
      'Sales 帐户显示的 Marketo 实例与读取这些值的实例不同，因此未填写任何内容。请确认此 Sales 帐户属于哪个实例，勾选同时列出两者的确认项，然后再次点击“立即填写”。',
    reasonFillOther: '没有填写任何内容。请重新加载页面，然后再次点击“填写凭据”。',
    reasonSwapNoDialog:
      '“通过 CSV 邀请用户”对话框已关闭。请重新打开它（Actions › Invite Users via CSV），并在其中选择修正后的文件。',
    reasonSwapNoFileInput: '对话框中现在没有文件字段。请返回第一步，并在其中选择修正后的文件。',
    reasonSwapUnsupported:
      '此浏览器不允许扩展程序将文件放入对话框。请下载修正后的文件，并在对话框中自行选择它。',
    reasonFileUnreadable: '无法读取该文件：选择后它可能已被移动、更改或删除。请重新选择它。',
    reasonFileDenied: '浏览器不允许扩展程序读取此文件。请将它保存到其他文件夹（例如“下载”），然后重新选择。',
    reasonFileFailed:
      '无法检查该文件。请重新选择它；如果再次发生，请将其另存为 CSV UTF-8 后重试。您的文件未被更改。',
    storePanelUi: '面板的宽度和折叠状态',
    storeSettings: '您的选项',
    storeProgress: '您的清单进度',
    storeOther: '部分已保存的数据',
  },
  de: {
    reasonNoTab:
      'Das Panel hat diesen Tab aus den Augen verloren. Laden Sie die Seite neu und versuchen Sie es erneut.',
    reasonNoAnswer: 'Die Seite hat nicht geantwortet. Laden Sie sie neu und versuchen Sie es erneut.',
    reasonNotMarketo:
      'Dies ist keine Marketo-Seite mehr. Öffnen Sie Admin › Sales Insight › Actions Config in Marketo und klicken Sie dann auf Erneut lesen.',
    reasonNoCard:
      'Keine Karte „Integrationsinformationen“ auf dieser Seite. Öffnen Sie Admin › Sales Insight › Actions Config in Marketo und klicken Sie dann auf Erneut lesen.',
    reasonMaskedUnrevealable:
      'Das Client-Geheimnis ist maskiert, und die Karte bietet hier keine Möglichkeit, es anzuzeigen. Zeigen Sie es selbst auf der Karte „Integrationsinformationen“ an und klicken Sie dann auf Erneut lesen.',
    reasonInvalidClientId:
      'Was die Karte als Client-ID anzeigt, sieht nicht wie eine aus (eine UUID wie 1a2b3c4d-…). Laden Sie die Seite neu und klicken Sie auf Erneut lesen; bleibt es so, kopieren Sie die Werte von Hand.',
    reasonInvalidClientSecret:
      'Was die Karte als Client-Geheimnis anzeigt, sieht nicht wie eines aus (32 Buchstaben und Ziffern). Zeigen Sie es auf der Karte „Integrationsinformationen“ an, prüfen Sie es und klicken Sie dann auf Erneut lesen.',
    reasonReadOther:
      'Die Zugangsdaten konnten hier nicht gelesen werden. Laden Sie die Seite neu und klicken Sie dann auf Erneut lesen.',
    reasonNothingCarried:
      'Es werden keine Zugangsdaten mehr mitgeführt: Sie werden nach einem Ausfüllen oder am Ende des Timers vergessen. Lesen Sie sie erneut unter Actions Config in Marketo und klicken Sie auf An die Sales-App senden.',
    reasonNotSalesSettings:
      'Diese Seite ist nicht die Marketo-Einstellung der Sales-App. Öffnen Sie dort Einstellungen › Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
    reasonNoForm:
      'Keine Felder für Client-ID und Client-Geheimnis auf dieser Seite. Öffnen Sie die Registerkarte „Setup“ unter Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
    reasonNoClientIdField:
      'Das Formular auf dieser Seite hat kein Feld für die Client-ID. Öffnen Sie die Registerkarte „Setup“ unter Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
    reasonNoClientSecretField:
      'Das Formular auf dieser Seite hat kein Feld für das Client-Geheimnis. Öffnen Sie die Registerkarte „Setup“ unter Admin-Einstellungen › Marketo und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
    reasonAmbiguous:
      'Zwei Felder auf dieser Seite könnten jeweils die Client-ID oder das Client-Geheimnis sein, deshalb wurde nichts ausgefüllt. Fügen Sie die Werte selbst ein („Geheimnis anzeigen“ zeigt das mitgeführte Geheimnis).',
    reasonNotAccepted:
      'Die Seite hat die übergebenen Werte nicht behalten. Fügen Sie sie selbst ein („Geheimnis anzeigen“ zeigt das mitgeführte Geheimnis) und klicken Sie dann auf der Seite auf Speichern.',
    reasonInstanceUnconfirmed:
      'Das Sales-Konto zeigt eine andere Marketo-Instanz als die, in der die Werte gelesen wurden, daher wurde nichts ausgefüllt. Prüfen Sie, zu welcher Instanz dieses Sales-Konto gehört, setzen Sie das Häkchen bei der Bestätigung, die beide nennt, und klicken Sie dann erneut auf Jetzt ausfüllen.',
    reasonFillOther:
      'Es wurde nichts ausgefüllt. Laden Sie die Seite neu und klicken Sie dann erneut auf Zugangsdaten ausfüllen.',
    reasonSwapNoDialog:
      'Der Dialog „Benutzer über CSV einladen“ ist geschlossen. Öffnen Sie ihn erneut (Aktionen › Benutzer über CSV einladen) und wählen Sie dort die korrigierte Datei.',
    reasonSwapNoFileInput:
      'Der Dialog zeigt kein Dateifeld mehr. Gehen Sie zu seinem ersten Schritt zurück und wählen Sie dort die korrigierte Datei.',
    reasonSwapUnsupported:
      'Dieser Browser erlaubt der Erweiterung nicht, eine Datei in den Dialog einzusetzen. Laden Sie die korrigierte Datei herunter und wählen Sie sie selbst im Dialog aus.',
    reasonFileUnreadable:
      'Die Datei konnte nicht gelesen werden: Sie wurde vielleicht verschoben, geändert oder gelöscht, nachdem Sie sie ausgewählt haben. Wählen Sie sie erneut aus.',
    reasonFileDenied:
      'Der Browser hat der Erweiterung das Lesen dieser Datei nicht erlaubt. Speichern Sie sie in einem anderen Ordner (zum Beispiel „Downloads“) und wählen Sie sie erneut aus.',
    reasonFileFailed:
      'Die Datei konnte nicht geprüft werden. Wählen Sie sie erneut aus; passiert das wieder, speichern Sie sie als CSV UTF-8 und versuchen Sie es noch einmal. Ihre Datei wurde nicht geändert.',
    storePanelUi: 'die Breite des Panels und ob es eingeklappt war',
    storeSettings: 'Ihre Optionen',
    storeProgress: 'Ihr Checklisten-Fortschritt',
    storeOther: 'einige gespeicherte Daten',
  },
  ja: {
    reasonNoTab: 'パネルがこのタブを見失いました。ページを再読み込みしてから、もう一度お試しください。',
    reasonNoAnswer: 'ページが応答しませんでした。再読み込みしてから、もう一度お試しください。',
    reasonNotMarketo:
      'ここはもう Marketo のページではありません。Marketo で 管理者 › Sales Insight › Actions 設定 を開き、「再読み取り」を押してください。',
    reasonNoCard:
      'このページには統合情報カードがありません。Marketo で 管理者 › Sales Insight › Actions 設定 を開き、「再読み取り」を押してください。',
    reasonMaskedUnrevealable:
      'クライアントシークレットが伏せられており、このカードにはここで表示する方法がありません。統合情報カードでご自身で表示してから、「再読み取り」を押してください。',
    reasonInvalidClientId:
      'カードにクライアント ID として表示されている値が、クライアント ID の形式ではありません（1a2b3c4d-… のような UUID）。ページを再読み込みして「再読み取り」を押してください。変わらない場合は、値を手動でコピーしてください。',
    reasonInvalidClientSecret:
      'カードにクライアントシークレットとして表示されている値が、その形式ではありません（英数字 32 文字）。統合情報カードで表示して確認してから、「再読み取り」を押してください。',
    reasonReadOther:
      'ここでは資格情報を読み取れませんでした。ページを再読み込みしてから、「再読み取り」を押してください。',
    reasonNothingCarried:
      '運んでいる資格情報はもうありません。1 回入力した後、またはタイマーが終わると消去されます。Marketo の Actions 設定 でもう一度読み取り、「Sales アプリに送信」を押してください。',
    reasonNotSalesSettings:
      'このページは Sales アプリの Marketo 設定ではありません。Sales アプリで 設定 › 管理者設定 › Marketo を開き、もう一度「資格情報を入力」を押してください。',
    reasonNoForm:
      'このページにはクライアント ID とクライアントシークレットの入力欄がありません。管理者設定 › Marketo の「設定」タブを開き、もう一度「資格情報を入力」を押してください。',
    reasonNoClientIdField:
      'このページのフォームにはクライアント ID の入力欄がありません。管理者設定 › Marketo の「設定」タブを開き、もう一度「資格情報を入力」を押してください。',
    reasonNoClientSecretField:
      'このページのフォームにはクライアントシークレットの入力欄がありません。管理者設定 › Marketo の「設定」タブを開き、もう一度「資格情報を入力」を押してください。',
    reasonAmbiguous:
      'このページの 2 つの入力欄がどちらもクライアント ID またはクライアントシークレットの可能性があるため、何も入力しませんでした。値をご自身で貼り付けてください（「シークレットを表示」で運んでいるシークレットが表示されます）。',
    reasonNotAccepted:
      'ページが入力された値を保持しませんでした。値をご自身で貼り付け（「シークレットを表示」で運んでいるシークレットが表示されます）、ページの「保存」を押してください。',
    reasonInstanceUnconfirmed:
      'Sales アカウントには、値を読み取ったものとは別の Marketo インスタンスが表示されているため、何も入力していません。この Sales アカウントがどのインスタンスのものか確認し、両方の名前が入った確認にチェックを付けてから、もう一度「今すぐ入力」を押してください。',
    reasonFillOther:
      '何も入力されませんでした。ページを再読み込みしてから、もう一度「資格情報を入力」を押してください。',
    reasonSwapNoDialog:
      '「CSV 経由でユーザーを招待する」ダイアログが閉じています。もう一度開き（Actions › CSV 経由でユーザーを招待する）、そこで修正済みファイルを選択してください。',
    reasonSwapNoFileInput:
      'ダイアログにファイルの入力欄が表示されていません。最初の手順に戻り、そこで修正済みファイルを選択してください。',
    reasonSwapUnsupported:
      'このブラウザーでは、拡張機能がダイアログにファイルを設定できません。修正済みファイルをダウンロードし、ダイアログでご自身で選択してください。',
    reasonFileUnreadable:
      'ファイルを読み取れませんでした。選択した後に移動、変更、または削除された可能性があります。もう一度選択してください。',
    reasonFileDenied:
      'ブラウザーが拡張機能によるこのファイルの読み取りを許可しませんでした。別のフォルダー（たとえば「ダウンロード」）に保存してから、もう一度選択してください。',
    reasonFileFailed:
      'ファイルをチェックできませんでした。もう一度選択してください。再び起きる場合は、CSV UTF-8 形式で保存してからやり直してください。ファイルは変更されていません。',
    storePanelUi: 'パネルの幅と折りたたみの状態',
    storeSettings: 'オプション',
    storeProgress: 'チェックリストの進捗',
    storeOther: '一部の保存データ',
  },
  pt_BR: {
    reasonNoTab: 'O painel perdeu o controle desta guia. Recarregue a página e tente novamente.',
    reasonNoAnswer: 'A página não respondeu. Recarregue-a e tente novamente.',
    reasonNotMarketo:
      'Esta não é mais uma página do Marketo. Abra Admin › Sales Insight › Configurações de ações no Marketo e clique em Ler novamente.',
    reasonNoCard:
      'Não há cartão de Informações de integração nesta página. Abra Admin › Sales Insight › Configurações de ações no Marketo e clique em Ler novamente.',
    reasonMaskedUnrevealable:
      'O Segredo do cliente está mascarado e o cartão não oferece nenhuma forma de mostrá-lo aqui. Mostre-o você mesmo no cartão de Informações de integração e clique em Ler novamente.',
    reasonInvalidClientId:
      'O que o cartão mostra como ID do cliente não parece um (um UUID como 1a2b3c4d-…). Recarregue a página e clique em Ler novamente; se continuar assim, copie os valores manualmente.',
    reasonInvalidClientSecret:
      'O que o cartão mostra como Segredo do cliente não parece um (32 letras e dígitos). Mostre-o no cartão de Informações de integração, confira-o e clique em Ler novamente.',
    reasonReadOther:
      'Não foi possível ler as credenciais aqui. Recarregue a página e clique em Ler novamente.',
    reasonNothingCarried:
      'Nenhuma credencial é mais transportada: elas são esquecidas após um preenchimento ou quando o cronômetro termina. Leia-as novamente em Configurações de ações do Marketo e clique em Enviar para o aplicativo Sales.',
    reasonNotSalesSettings:
      'Esta página não são as configurações do Marketo do aplicativo Sales. Abra lá Configurações › Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
    reasonNoForm:
      'Não há campos de ID do cliente e Segredo do cliente nesta página. Abra a guia Configuração de Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
    reasonNoClientIdField:
      'O formulário desta página não tem campo de ID do cliente. Abra a guia Configuração de Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
    reasonNoClientSecretField:
      'O formulário desta página não tem campo de Segredo do cliente. Abra a guia Configuração de Configurações de Administração › Marketo e clique novamente em Preencher credenciais.',
    reasonAmbiguous:
      'Dois campos desta página poderiam ser cada um o ID do cliente ou o Segredo do cliente, então nada foi preenchido. Cole os valores você mesmo (Mostrar segredo exibe o segredo transportado).',
    reasonNotAccepted:
      'A página não manteve os valores recebidos. Cole-os você mesmo (Mostrar segredo exibe o segredo transportado) e clique em Salvar na página.',
    reasonInstanceUnconfirmed:
      'A conta do Sales mostra outra instância do Marketo, diferente daquela em que os valores foram lidos, por isso nada foi preenchido. Verifique a qual instância esta conta do Sales pertence, marque a confirmação que cita as duas e clique novamente em Preencher agora.',
    reasonFillOther: 'Nada foi preenchido. Recarregue a página e clique novamente em Preencher credenciais.',
    reasonSwapNoDialog:
      'A caixa de diálogo Convidar usuários via CSV está fechada. Abra-a novamente (Ações › Convidar usuários via CSV) e escolha lá o arquivo corrigido.',
    reasonSwapNoFileInput:
      'A caixa de diálogo não mostra mais um campo de arquivo. Volte à primeira etapa e escolha lá o arquivo corrigido.',
    reasonSwapUnsupported:
      'Este navegador não permite que a extensão coloque um arquivo na caixa de diálogo. Baixe o arquivo corrigido e escolha-o você mesmo na caixa de diálogo.',
    reasonFileUnreadable:
      'Não foi possível ler o arquivo: ele pode ter sido movido, alterado ou excluído depois que você o escolheu. Escolha-o novamente.',
    reasonFileDenied:
      'O navegador não permitiu que a extensão lesse este arquivo. Salve-o em outra pasta (Downloads, por exemplo) e escolha-o novamente.',
    reasonFileFailed:
      'Não foi possível verificar o arquivo. Escolha-o novamente; se acontecer de novo, salve-o como CSV UTF-8 e tente outra vez. Seu arquivo não foi alterado.',
    storePanelUi: 'a largura do painel e se estava recolhido',
    storeSettings: 'suas opções',
    storeProgress: 'o progresso da sua lista de verificação',
    storeOther: 'alguns dados salvos',
  },
};
