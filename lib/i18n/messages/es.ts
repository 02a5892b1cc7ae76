import type { Messages } from './en';

export const es: Messages = {
  extName: 'Asistente de configuración de MSI Actions',
  extDescription:
    'Panel lateral para administradores de Marketo Sales Insight Actions: lista de comprobación de la configuración, credenciales con un clic y comprobación de archivos CSV, en Marketo, Marketo Sales y Salesforce.',
  actionTitle: 'Mostrar u ocultar el panel de configuración de MSI Actions',

  panelLabel: 'Asistente de configuración de MSI Actions',
  panelTitle: 'Configuración de MSI Actions',
  panelCollapse: 'Contraer el panel',
  panelExpand: 'Expandir el panel',
  panelResize: 'Ancho del panel: arrastre o use las teclas de flecha',
  panelRecognised: 'Está en',
  panelInstance: 'Instancia',
  panelInstanceUnknown: 'Munchkin ID aún desconocido',
  panelStorageReset:
    'No se pudieron leer los datos guardados y se restablecieron los valores predeterminados ({what}).',
  recoverSection:
    '{section} dejó de funcionar por un error. El resto del panel sigue funcionando; restablezca esta sección para volver a iniciarla.',
  recoverSectionReset: 'Restablecer esta sección',
  recoverPage:
    'Esta página dejó de funcionar por un error. Restablézcala para empezar de nuevo: se conservan su configuración y su progreso.',
  recoverPageReset: 'Restablecer esta página',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Administrador › Insight de ventas › Configuración de acciones',
  pageSalesSalesforceSettings: 'Configuración › Configuración de administración › Salesforce',
  pageSalesMarketoSettings: 'Configuración › Configuración de administración › Marketo',
  pageSalesUserManagement: 'Configuración › Configuración de administración › Administración de usuarios',
  pageSalesforceInstalledPackages: 'Configuración › Paquetes instalados',
  pageSalesforceRemoteSites: 'Configuración › Configuración de sitio remoto',
  pageSalesforceMsiConfig: 'Marketo Sales Insight Config',
  pageUnknown: 'una página que el asistente no reconoce',
  pageUnknownHint:
    'Aquí no hay nada que hacer todavía. Abra una de las páginas de la guía o informe de esta página si debería haberse reconocido.',

  reportOpen: 'Informar de esta página',
  reportFailed: 'No se pudo tomar la copia de esta página. Vuelva a cargar la página e inténtelo de nuevo.',
  credNotVisible: 'El panel debe verse por completo para esto: cierre lo que lo cubre e inténtelo de nuevo.',
  reportTitle: 'Informar de esta página',
  reportIntro:
    'Guarda una copia depurada de esta página para adjuntarla a un informe de errores: solo se conservan su estructura y sus etiquetas; se eliminan los scripts, los comentarios y todo lo que pueda ejecutarse o cargar algo; se enmascaran los valores de formularios y todo lo que parezca un correo electrónico, un ID o un secreto. No se envía nada.',
  reportPreviewLabel: 'Qué se guardará',
  reportSave: 'Guardar archivo',
  reportCancel: 'Cancelar',
  reportSaved: 'Guardado como {file}.',
  reportStats:
    '{masked} valores enmascarados, {removed} scripts, comentarios y otras partes activas eliminados.',

  credTitle: 'Credenciales',
  credNone:
    'No se han leído credenciales en esta página ni hay ninguna guardada en la memoria de este navegador.',
  credNotYet:
    'Esta instancia de Marketo aún no muestra el ID de cliente ni el secreto de cliente: aparecen en la tarjeta de información de integración cuando se invita al primer administrador desde la tarjeta de aprovisionamiento y este activa su cuenta.',
  credShowProvisioning: 'Mostrar la tarjeta de aprovisionamiento',
  credReadAgain: 'Volver a leer',
  credReady: 'Leídas de esta página{instance}.',
  credClientId: 'ID de cliente',
  credClientSecret: 'Secreto de cliente',
  credMasked: 'termina en {tail}',
  credCopyClientId: 'Copiar ID de cliente',
  credCopyClientSecret: 'Copiar secreto de cliente',
  credCopied: 'Copiado. El portapapeles se borrará en {seconds} s si aún contiene este valor.',
  credCopiedNoClear: 'Copiado. El borrado del portapapeles está desactivado en las opciones.',
  credCopyFailed: 'El navegador no permitió escribir en el portapapeles.',
  credClipboardCleared: 'Portapapeles borrado.',
  credClipboardChanged: 'No se borró el portapapeles: ahora contiene otra cosa.',
  credClipboardDenied:
    'No se borró el portapapeles: el navegador no permite que la extensión lo lea. Bórrelo usted mismo.',
  credSend: 'Enviar a la aplicación Sales',
  credCarried:
    'Se conservan {minutes} minutos en la memoria de este navegador y después se olvidan (quedan {time}). Leídos en {source}: ID de cliente …{idTail}, secreto de cliente …{secretTail}.',
  credCarriedUnknownSource: 'una instancia desconocida',
  credForget: 'Olvidar ahora',
  credKeep: 'Conservarlas hasta que se acabe el tiempo (si no, se olvidan tras un solo rellenado)',
  credReveal: 'Mostrar secreto',
  credHide: 'Ocultar secreto',
  credFill: 'Rellenar credenciales',
  credFillHint:
    'Abra Configuración › Configuración de administración › Marketo en la aplicación Sales para introducirlas.',
  credPreviewTitle: 'Se va a rellenar',
  credPreviewSource: 'Valores leídos de la instancia de Marketo {source}.',
  credPreviewPage: 'Esta página corresponde al Munchkin ID {munchkin}.',
  credPreviewOpenedTab: 'Se ha abierto la pestaña Configurar automáticamente.',
  credFillConfirm: 'Rellenar ahora',
  credFillCancel: 'Cancelar',
  credFilled:
    'Rellenado y comprobado. Ahora haga clic usted mismo en Guardar o Conectar en la página: la extensión nunca lo hace.',
  credFillForgotten: 'Los valores se han olvidado tras este rellenado.',
  credFieldOutcome: '{field}: {outcome}',
  credOutcome_filled: 'rellenado',
  credOutcome_notAccepted: 'la página no lo aceptó',
  credOutcome_readonly: 'de solo lectura',
  credOutcome_disabled: 'desactivado',
  credOutcome_kept: 'se dejó como está en la página',
  credOutcome_missing: 'campo no encontrado',
  credSaveLabel: 'Haga clic en Guardar',
  credShowLabel: 'Aquí',
  credMunchkin: 'Munchkin ID',

  clInstance: 'Instancia',
  clNoInstance:
    'Aún no hay ninguna instancia de Marketo: abra una vez Administrador › Insight de ventas › Configuración de acciones en Marketo y la lista de comprobación empezará a hacer su seguimiento.',
  clPersona: 'Mostrar los pasos para',
  clShowMe: 'Mostrar dónde',
  clHere: 'Aquí',
  clDoc: 'Documentación de Adobe',
  clGoTo: 'No está en esta página. Vaya a: {path}',
  clControlMissing: 'El control no está en esta página en este momento. Dónde encontrarlo: {path}',
  clRemovalTitle: 'Conserve el usuario original',
  clRemovalConfirm: 'Eliminar de todos modos',
  clRemovalCancel: 'Conservar el usuario',

  optionsTitle: 'Asistente de configuración de MSI Actions: opciones',
  optionsLanguage: 'Idioma del panel',
  optionsLanguageAuto: 'El mismo que el navegador ({language})',
  optionsSaved: 'Guardado.',
  optionsClipboard: 'Borrar el portapapeles después de copiar una credencial (segundos, 0 = nunca)',
  optionsCarry: 'Olvidar las credenciales enviadas a la aplicación Sales después de (minutos)',
  optionsPanelPlace: 'Dónde se abre el panel',
  optionsPanelPlacePage: 'En la página, acoplado a la derecha',
  optionsPanelPlaceSide: 'En el panel lateral del navegador (no se añade nada a la página)',
  optionsPanelPlaceHint: 'Se aplica a las páginas que abra a continuación.',
  // issue 15: show me, keyboard, wrong-instance guard
  clOutlined: 'Resaltado en la página: dónde actuar para «{step}». Pulse Esc para quitar el contorno.',
  clOutlineGone: 'Contorno quitado.',
  credInstanceDifferent:
    'Otra instancia de Marketo: estos valores se leyeron en {source}, pero esta cuenta de Sales tiene el ID de Munchkin {page}. Rellenarlos la conectaría a {source}.',
  credInstanceUnconfirmed:
    'Instancia no confirmada: esta cuenta de Sales tiene el ID de Munchkin {page}, pero los valores se leyeron en {source}, donde no se mostraba ningún ID de Munchkin. Compruebe que pertenecen a {page}.',
  credInstanceConfirm: 'Lo he comprobado: rellenar los valores de {source} en la cuenta de Sales de {page}',
  commandFocusPanel: 'Abrir el panel de configuración de MSI Actions y llevar el foco del teclado a él',

  // "Next on this page" (components/panel/NextOnPage.tsx) and the dock making room (issue 15).
  nextHeading: 'Lo siguiente en esta página',
  nextSendInvite: 'Invita al primer administrador de Sales',
  nextSendInviteWhy:
    'La invitación crea la cuenta de Marketo Sales; después sus credenciales de API aparecen en esta página.',
  nextSendCredentials: 'Envía las credenciales a la aplicación Sales',
  nextSendCredentialsWhy:
    'La aplicación Sales necesita este Client ID y este Client Secret para conectarse a Marketo. El panel los lleva por ti, solo en memoria.',
  nextStartSync: 'Inicia la sincronización de datos',
  nextStartSyncWhy:
    'Marketo y la aplicación Sales están conectados: la sincronización envía tus datos de Marketo.',
  nextConnectSalesforce: 'Conecta Salesforce',
  nextConnectSalesforceWhy: 'La cuenta de Sales lee y escribe tus datos de CRM mediante esta conexión.',
  nextFillCredentials: 'Rellena las credenciales de Marketo',
  nextFillCredentialsWhy:
    'El panel escribe en este formulario el Client ID y el Client Secret leídos en Marketo, después de que compruebes lo que va a rellenar.',
  nextCheckCsv: 'Comprueba tu archivo de usuarios antes de invitar',
  nextCheckCsvWhy:
    'Abre {path} y elige el archivo: el panel lo comprueba antes de Siguiente. También puedes comprobarlo aquí primero.',
  nextCheckCsvDialog: 'Comprueba el archivo que elijas en el cuadro de diálogo',
  nextCheckCsvDialogWhy:
    'El panel lee el archivo elegido en el cuadro de diálogo y retiene Siguiente mientras tenga errores. El resultado aparece más abajo.',
  nextInstallPackage: 'Instala o actualiza el paquete Marketo Sales Insight',
  nextInstallPackageWhy: 'Salesforce necesita el paquete antes de poder configurar MSI Actions.',
  nextRemoteSite: 'Añade el sitio remoto de Marketo',
  nextRemoteSiteWhy:
    'Salesforce solo llama a las direcciones de esta lista: sin él, MSI Actions no puede llegar a Marketo.',
  nextEnableMsi: 'Activa MSI Actions',
  nextEnableMsiWhy: 'Este ajuste pone MSI Actions a disposición de tus usuarios de Salesforce.',
  nextShowMe: 'Muéstrame dónde',
  nextOpenSection: 'Ir allí',
  nextNothingHere: 'No queda nada por hacer en esta página.',
  nextGoTo: 'Siguiente paso: {step}. Ve a: {path}',
  nextGoToStep: 'Siguiente paso: {step}.',
  nextAllDone: 'Todos los pasos están hechos.',
  nextGuide: 'Pasos en la guía de Adobe',
  panelMadeRoom: 'El panel ha dejado sitio al cuadro de diálogo de la página.',
};
