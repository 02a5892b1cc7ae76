/** What went wrong and what to do next, one sentence per failure reason, in Swedish. */
import type { ReasonTexts } from './en';

export const sv: ReasonTexts = {
  reasonNoTab: 'Panelen tappade bort den här fliken. Ladda om sidan och försök igen.',
  reasonNoAnswer: 'Sidan svarade inte. Ladda om den och försök igen.',
  reasonNotMarketo:
    'Det här är inte längre en Marketo-sida. Öppna Admin › Sales Insight › Actions Config i Marketo och tryck sedan på Läs igen.',
  reasonNoCard:
    'Inget Integration Information-kort på den här sidan. Öppna Admin › Sales Insight › Actions Config i Marketo och tryck sedan på Läs igen.',
  reasonMaskedUnrevealable:
    'Klienthemligheten är maskerad och kortet erbjuder inget sätt att visa den här. Visa den själv på kortet Integration Information och tryck sedan på Läs igen.',
  reasonInvalidClientId:
    'Det som kortet visar som klient-ID ser inte ut som ett (ett UUID som 1a2b3c4d-…). Ladda om sidan och tryck på Läs igen; om det är likadant, kopiera värdena för hand.',
  reasonInvalidClientSecret:
    'Det som kortet visar som klienthemlighet ser inte ut som en (32 bokstäver och siffror). Visa den på kortet Integration Information, kontrollera den och tryck sedan på Läs igen.',
  reasonReadOther: 'Inloggningsuppgifterna kunde inte läsas här. Ladda om sidan och tryck sedan på Läs igen.',
  reasonNothingCarried:
    'Inga inloggningsuppgifter sparas längre: de glöms efter en ifyllning eller när tiden är slut. Läs dem igen på Actions Config i Marketo och tryck på Skicka till Sales-appen.',
  reasonNotSalesSettings:
    'Den här sidan är inte Marketo-inställningarna i Sales-appen. Öppna Settings › Admin Settings › Marketo där och tryck sedan på Fyll i inloggningsuppgifter igen.',
  reasonNoForm:
    'Inga fält för klient-ID och klienthemlighet på den här sidan. Öppna fliken Set Up under Admin Settings › Marketo och tryck sedan på Fyll i inloggningsuppgifter igen.',
  reasonNoClientIdField:
    'Formuläret på den här sidan har inget fält för klient-ID. Öppna fliken Set Up under Admin Settings › Marketo och tryck sedan på Fyll i inloggningsuppgifter igen.',
  reasonNoClientSecretField:
    'Formuläret på den här sidan har inget fält för klienthemlighet. Öppna fliken Set Up under Admin Settings › Marketo och tryck sedan på Fyll i inloggningsuppgifter igen.',
  reasonAmbiguous:
    'Två fält på den här sidan kan vart och ett vara klient-ID eller klienthemlighet, så inget fylldes i. Klistra in värdena själv (Visa hemlighet visar den burna hemligheten).',
  reasonNotAccepted:
    'Sidan behöll inte värdena den fick. Klistra in dem själv (Visa hemlighet visar den burna hemligheten) och tryck sedan på Spara på sidan.',
  reasonInstanceUnconfirmed:
    'Sales-kontot visar en annan Marketo-instans än den där värdena lästes, så inget fylldes i. Kontrollera vilken instans Sales-kontot hör till, markera bekräftelsen som namnger båda och tryck sedan på Fyll i nu igen.',
  reasonFillOther: 'Inget fylldes i. Ladda om sidan och tryck sedan på Fyll i inloggningsuppgifter igen.',
  reasonSwapNoDialog:
    'Dialogrutan Invite Users via CSV är stängd. Öppna den igen (Actions › Invite Users via CSV) och välj den rättade filen där.',
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
};
