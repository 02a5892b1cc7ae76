/**
 * Checklistans texter på svenska. Efter Adobes svenska översättning av guiden
 * (marketo.sv-SE, källa 09a656c; domain.md §6), med den felaktigt placerade
 * [!UICONTROL]-markeringen rättad. Etiketterna i Marketo, säljappen och
 * Salesforce står på engelska, så som svenska användare ser dem; steg 6–7 och
 * tilläggets egna texter är översatta av oss.
 */
import type { ChecklistTexts } from './types';

export const sv: ChecklistTexts = {
  locale: 'sv',
  source: 'Adobe Experience League, svensk översättning (källa 09a656c)',
  guideTitle: 'Handbok för administration av Sales Insight Actions',
  guideVersion: 'Följer Adobes handbok {version}',
  inviteGroupTitle: 'Bjud in användare till MSI-åtgärder',
  stepNumber: 'Steg {number}',
  personas: {
    'marketo-admin': 'Marketo-administratör',
    'salesforce-admin': 'Salesforce-administratör',
    either: 'Marketo- eller Salesforce-administratör',
  },
  allPersonas: 'Alla steg',
  states: {
    todo: 'Att göra',
    'in-progress': 'Pågår',
    done: 'Klart',
    detected: 'Upptäckt',
    blocked: 'Tidigare steg först',
    'not-needed': 'Behövs inte',
  },
  steps: {
    prerequisites: {
      title: 'Förutsättningar',
      substeps: {
        'msi-enabled':
          'Bekräfta med kontogruppen på Adobe (din kontoansvarige) att MSI-åtgärder har aktiverats för ditt Marketo Engage-konto.',
        'crm-sync': 'Din Marketo/Salesforce-synkronisering måste vara konfigurerad.',
      },
      clickPath: '',
      notes: ['Om du inte har någon kontoansvarig kontaktar du Marketo support.'],
    },
    'set-up-marketo-sales-account': {
      title: 'Ställ in Marketo försäljningskonto',
      substeps: {
        'open-admin': 'Klicka på Admin i Marketo.',
        'open-actions-config': 'Klicka på Sales Insight och sedan på Actions Config.',
        'send-invite': 'Välj den Marketo-administratör som ska bjudas in i listan och klicka på Send Invite.',
        'credentials-shown':
          'Kontrollera att klient-ID och klienthemlighet visas på kortet Integration Information.',
      },
      clickPath: 'Admin › Sales Insight › Actions Config',
      notes: [
        'Användaren får ett e-postmeddelande med steg för att få åtkomst till kontot.',
        'Ytterligare användare läggs inte till via Marketo utan via sidan User Management i försäljningskontot.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Anslut Marketo-försäljningskonto till Salesforce',
      substeps: {
        'open-settings': 'Klicka på kugghjulsikonen i ditt Marketo Sales-konto och välj Settings.',
        'open-salesforce': 'Klicka på Salesforce under Admin Settings.',
        'click-connect': 'Klicka på Connect på fliken Connections & Customizations.',
        confirm: 'Klicka på OK.',
      },
      clickPath: '⚙ Settings › Admin Settings › Salesforce › Connections & Customizations',
      notes: ['Om du redan är inloggad på Salesforce blir du ansluten. Annars blir du ombedd att logga in.'],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Anslut Marketo till ditt konto för säljappar',
      substeps: {
        'open-settings': 'Klicka på kugghjulsikonen i ditt Marketo Sales-konto och välj Settings.',
        'open-marketo': 'Klicka på Marketo under Admin Settings.',
        'click-connect': 'Klicka på connect. Ditt konto ansluts då.',
      },
      clickPath: '⚙ Settings › Admin Settings › Marketo',
      notes: [
        'Om det inte ansluter kopierar du inloggningsuppgifterna från fliken ”Actions Config” i Marketo Sales Insight och klistrar in dem på fliken Set Up.',
      ],
    },
    'initiate-data-sync': {
      title: 'Initiera datasynkronisering',
      substeps: {
        'open-actions-config':
          'Klicka på Admin i Marketo, sedan på Sales Insight och på fliken Actions Config.',
        'click-sync': 'Klicka på Sync på kortet Action Field Sync.',
        'start-sync': 'En förhandsgranskning av fälten som ska synkroniseras visas. Klicka på Start Sync.',
      },
      clickPath: 'Admin › Sales Insight › Actions Config › Action Field Sync › Sync',
      notes: [
        'Personposter som finns i Marketo och Salesforce synkroniseras med ditt Marketo Sales Apps-konto.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: 'Bjud in enskilda användare till MSI-åtgärder',
      substeps: {
        'open-user-management':
          'Klicka på kugghjulsikonen i ditt Marketo Sales-konto, välj Settings och sedan User Management under Admin Settings.',
        'invite-users': 'Klicka på Actions och välj Invite Users.',
        'enter-emails': 'Ange e-postadress(er) och klicka på Invite.',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users',
      notes: [
        'Som standard läggs alla nya medlemmar till i gruppen Everyone.',
        'Du får ett bekräftelsemeddelande.',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'Bjud in användare via CSV till MSI-åtgärder',
      substeps: {
        'open-user-management':
          'Klicka på kugghjulsikonen i ditt Marketo Sales-konto, välj Settings och sedan User Management under Admin Settings.',
        'invite-via-csv': 'Klicka på Actions och välj Invite Users via CSV.',
        'choose-file': 'Bläddra efter CSV-filen på datorn, markera den och klicka på Next.',
        'confirm-mapping': 'Bekräfta att fälten är korrekt mappade och klicka på Invite.',
      },
      clickPath: '⚙ Settings › Admin Settings › User Management › Actions › Invite Users via CSV',
      notes: ['Du får ett bekräftelsemeddelande när inbjudningarna har skickats.'],
    },
    'install-upgrade-msi-package': {
      title: 'Installera/uppgradera MSI-paketet i Salesforce',
      substeps: {
        'open-listing':
          'Öppna Marketo Sales Insight på AppExchange, klicka på Get It Now och logga in på AppExchange.',
        'install-or-upgrade':
          'Klicka på Install in Production (tips: installera i en sandlåda först) eller välj den uppgradering som erbjuds; godkänn villkoren och bekräfta.',
        'choose-access':
          'Välj installation för enbart administratörer, för alla användare eller för vissa profiler och slutför.',
        'verify-installed': 'Kontrollera att Marketo Sales Insight finns i Setup › Installed Packages.',
        'deploy-objects':
          'Kontrollera i Setup › Objects att alla Marketo Sales Insight-objekt är Deployed (annars: Edit › Deployment Status: Deployed › Save).',
      },
      clickPath: 'AppExchange › Marketo Sales Insight › Get It Now; sedan Setup › Installed Packages',
      notes: [
        'Administratörsbehörighet i Salesforce krävs.',
        'Efter en uppgradering behöver MSI-användarnas profiler läsåtkomst till Lead, Contact, Account och Opportunity: paketet kan inte längre ge den.',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Konfigurera MSI-åtgärder i Salesforce',
      substeps: {
        'remote-sites':
          'Lägg till två New Remote Site i Setup › Remote Site Settings: https://ims-na1.adobelogin.com och https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          'Markera Enable MSI Actions på fliken Marketo Sales Insight Config, ange API Secret Key och klicka på Save.',
        governance:
          'Valfritt: styrning av MSI-åtgärder. Inaktivera säljkampanjer eller uppgiftsfliken, eller funktioner under Actions settings; det gäller alla MSI-användare.',
      },
      clickPath:
        'Setup › Remote Site Settings › New Remote Site; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        'Om fliken Marketo Sales Insight Config inte visas öppnar du den via + (All Tabs).',
        'API Secret Key anges i Marketo: Admin › Sales Insight › Edit API Configuration.',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': 'Bekräfta förutsättningarna först.',
    'needs-account': 'Kräver Marketo-försäljningskontot: bjud in den första administratören först (steg 1).',
    'needs-first-admin': 'Den första administratören måste först bjudas in i Marketo (steg 1).',
    'needs-marketo-connection': 'Anslut Marketo till försäljningskontot först (steg 3).',
    'needs-package': 'Installera eller uppgradera MSI-paketet först (steg 6).',
  },
  evidence: {
    'first-admin-invited': {
      text: 'Första administratören inbjuden på fliken Actions Config',
      withDetail: 'Första administratören inbjuden på fliken Actions Config: {detail}',
    },
    'client-id-shown': { text: 'Klient-ID visas på kortet Integration Information' },
    'salesforce-connected': {
      text: 'Salesforce visas som anslutet',
      withDetail: 'Salesforce visas som anslutet ({detail})',
    },
    'marketo-connected': { text: 'Marketo visas som anslutet' },
    'sync-preview': { text: 'Förhandsgranskning av fälten visas på kortet Action Field Sync' },
    'sync-started': { text: 'Synkronisering pågår på kortet Action Field Sync' },
    'sync-completed': { text: 'Synkroniseringen är klar på kortet Action Field Sync' },
    'invite-confirmed': {
      text: 'Bekräftelse på inbjudan visas',
      withDetail: 'Bekräftelse på inbjudan visas ({detail} inbjudna)',
    },
    'csv-invite-confirmed': {
      text: 'Bekräftelse på inbjudan via CSV visas',
      withDetail: 'Bekräftelse på inbjudan via CSV visas ({detail} inbjudna)',
    },
    'users-listed': {
      text: 'Flera användare i User Management (inbjudna enskilt eller via CSV)',
      withDetail: '{detail} användare i User Management (inbjudna enskilt eller via CSV)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight finns i Installed Packages',
      withDetail: 'Marketo Sales Insight {detail} finns i Installed Packages',
    },
    'remote-sites-present': { text: 'Båda Adobes fjärrplatser finns i Remote Site Settings' },
    'msi-actions-enabled': { text: 'Enable MSI Actions är markerat' },
    'msi-actions-configured': { text: 'Båda Adobes fjärrplatser finns och Enable MSI Actions är markerat' },
    'sales-account-open': { text: 'Inloggad i Admin Settings i Sales-appen: Sales-kontot finns' },
    'msi-config-open': { text: 'Fliken Marketo Sales Insight Config finns: paketet är installerat' },
  },
  evidenceSeen: '{evidence}, på {page}, {date}',
  manualOnly: 'Tillägget kan inte kontrollera det här steget: markera det själv.',
  cannotRead: 'Tillägget kunde inte läsa detta på sidan: steget förblir manuellt, markera det själv.',
  setByYou: 'Angivet av dig',
  actions: {
    markDone: 'Markera som klart',
    markInProgress: 'Markera som pågående',
    markTodo: 'Markera som att göra',
    useDetection: 'Använd det tillägget upptäcker',
    reset: 'Återställ förloppet',
    resetDone: 'Förloppet för {instance} har återställts.',
    undo: 'Ångra',
    copySummary: 'Kopiera sammanfattning',
    summaryCopied: 'Sammanfattningen har kopierats.',
    exportProgress: 'Exportera förloppet',
    importProgress: 'Importera förloppet',
    imported: '{count} instanser har importerats.',
  },
  progress: '{done} av {total} klara',
  cautions: {
    'keep-original-user':
      'När du har initierat datasynkronisering bör du inte ta bort den ursprungliga användaren från din Sales Insight Actions-instans: det är användaren som den första inbjudan skickades till.',
    'keep-original-user-check':
      'Datasynkroniseringen har startat: ta inte bort eller inaktivera den ursprungliga användaren (den som fick den första inbjudan). Kontrollera att det inte är den användaren innan du fortsätter.',
    'enable-msi-actions-only-if-used':
      'Markera inte kryssrutan ”Enable MSI Actions” om du inte använder funktionerna i Sales Insight Actions. Om du avmarkerar den senare inaktiveras alla funktioner för MSI-åtgärder.',
    'credentials-after-first-invite':
      'Om du inte ser ett klient-ID och en klienthemlighet på kortet Integration Information aktiverar du Actions-instansen genom att bjuda in den första användaren: då visas klient-ID och klienthemlighet.',
  },
  originalUser: 'Ursprunglig användare: {user}',
  links: {
    'upgrade-msi-package': 'Uppgradera ditt MSI-paket',
    'sync-data': 'Hur data synkroniseras mellan Sales Insight Actions, Marketo och Salesforce',
    'configure-msi-enterprise': 'Konfigurera Marketo Sales Insight i Salesforce Enterprise/Unlimited',
  },
  instance: {
    production: 'produktion',
    sandbox: 'sandlåda',
    unknownMunchkin: 'Munchkin-ID är ännu inte känt ({host})',
  },
  summary: {
    title: 'Konfiguration av MSI-åtgärder: {done} av {total} klara',
    instance: 'Instans',
    guide: '{title}, version {version}',
    date: 'Sammanfattning {date}',
    doneHeading: 'Klart',
    leftHeading: 'Kvar',
    salesforceAdminHeading: 'Kvar för Salesforce-administratören',
    nothingLeft: 'Inget kvar.',
    markedDone: 'markerat som klart',
    alternativeDone: 'behövs inte: användarna bjöds in på det andra sättet',
    doc: 'Dokumentation',
  },
  importErrors: {
    'too-large': 'Filen är för stor ({size} kB, högst {max} kB). Inget har ändrats.',
    'bad-json': 'Filen är inte giltig JSON. Inget har ändrats.',
    'forbidden-key':
      'Filen använder ”{name}” som namn (vid {path}), vilket ingen Marketo-instans eller inget steg i listan har: den har ändrats eller är inte en export från detta tillägg. Exportera förloppet igen och importera den filen. Inget har ändrats.',
    'wrong-format':
      'Det här är inte en förloppsfil för checklistan i MSI Actions Setup Helper. Inget har ändrats.',
    'wrong-version':
      'Filen har formatversion {found}; det här tillägget läser versioner upp till {supported}. Inget har ändrats.',
    'invalid-fields': 'Filen har ett ogiltigt värde vid {path} ({issue}). Inget har ändrats.',
  },
};
