/** What went wrong and what to do next, one sentence per failure reason, in Spanish. */
import type { ReasonTexts } from './en';

export const es: ReasonTexts = {
  reasonNoTab: 'El panel perdió el rastro de esta pestaña. Vuelva a cargar la página e inténtelo de nuevo.',
  reasonNoAnswer: 'La página no respondió. Vuelva a cargarla e inténtelo de nuevo.',
  reasonNotMarketo:
    'Esta ya no es una página de Marketo. Abra Administrador › Insight de ventas › Configuración de acciones en Marketo y pulse Volver a leer.',
  reasonNoCard:
    'No hay ninguna tarjeta de información de integración en esta página. Abra Administrador › Insight de ventas › Configuración de acciones en Marketo y pulse Volver a leer.',
  reasonMaskedUnrevealable:
    'El secreto de cliente está enmascarado y la tarjeta no ofrece ninguna forma de mostrarlo aquí. Muéstrelo usted mismo en la tarjeta de información de integración y pulse Volver a leer.',
  reasonInvalidClientId:
    'Lo que la tarjeta muestra como ID de cliente no parece uno (un UUID como 1a2b3c4d-…). Vuelva a cargar la página y pulse Volver a leer; si sigue igual, copie los valores a mano.',
  reasonInvalidClientSecret:
    'Lo que la tarjeta muestra como secreto de cliente no parece uno (32 letras y cifras). Muéstrelo en la tarjeta de información de integración, compruébelo y pulse Volver a leer.',
  reasonReadOther:
    'No se pudieron leer las credenciales aquí. Vuelva a cargar la página y pulse Volver a leer.',
  reasonNothingCarried:
    'Ya no se conserva ninguna credencial: se olvidan tras un rellenado o cuando se acaba su tiempo. Vuelva a leerlas en Configuración de acciones de Marketo y pulse Enviar a la aplicación Sales.',
  reasonNotSalesSettings:
    'Esta página no es la configuración de Marketo de la aplicación Sales. Abra allí Configuración › Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
  reasonNoForm:
    'No hay campos de ID de cliente ni de secreto de cliente en esta página. Abra la pestaña Configurar de Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
  reasonNoClientIdField:
    'El formulario de esta página no tiene campo de ID de cliente. Abra la pestaña Configurar de Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
  reasonNoClientSecretField:
    'El formulario de esta página no tiene campo de secreto de cliente. Abra la pestaña Configurar de Configuración de administración › Marketo y pulse de nuevo Rellenar credenciales.',
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
};
