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
  panelFrameNote: 'Leído desde un marco de Marketo integrado',
  panelStorageReset:
    'No se pudieron leer los datos guardados y se restablecieron los valores predeterminados ({what}).',

  appMarketo: 'Marketo',
  appSales: 'Marketo Sales',
  appSalesforce: 'Salesforce',

  pageMarketoActionsConfig: 'Administrador › Sales Insight › Configuración de acciones',
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
  reportTitle: 'Informar de esta página',
  reportIntro:
    'Guarda una copia depurada de esta página para adjuntarla a un informe de errores: se eliminan los scripts y se enmascaran los valores de formularios y todo lo que parezca un correo electrónico, un ID o un secreto. No se envía nada.',
  reportPreviewLabel: 'Qué se guardará',
  reportSave: 'Guardar archivo',
  reportCancel: 'Cancelar',
  reportSaved: 'Guardado como {file}.',
  reportStats: '{masked} valores enmascarados, {removed} scripts y elementos ocultos eliminados.',

  optionsTitle: 'Asistente de configuración de MSI Actions: opciones',
  optionsLanguage: 'Idioma del panel',
  optionsLanguageAuto: 'El mismo que el navegador ({language})',
  optionsSaved: 'Guardado.',
};
