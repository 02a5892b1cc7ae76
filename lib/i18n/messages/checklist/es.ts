/**
 * Textos de la lista en español. Basados en la traducción de Adobe de la guía
 * (marketo.es-ES, semilla f2f8116 y versión más reciente 09a656c; domain.md §6);
 * los pasos 6–7 y los textos propios de la extensión están traducidos por nosotros.
 */
import type { ChecklistTexts } from './types';

export const es: ChecklistTexts = {
  locale: 'es',
  source: 'Adobe Experience League, traducción al español (fuente 09a656c)',
  guideTitle: 'Guía de configuración de administración de Sales Insight Actions',
  guideVersion: 'Sigue la guía de Adobe {version}',
  inviteGroupTitle: 'Invitar usuarios a acciones MSI',
  stepNumber: 'Paso {number}',
  personas: {
    'marketo-admin': 'Administrador de Marketo',
    'salesforce-admin': 'Administrador de Salesforce',
    either: 'Administrador de Marketo o de Salesforce',
  },
  allPersonas: 'Todos los pasos',
  states: {
    todo: 'Pendiente',
    'in-progress': 'En curso',
    done: 'Hecho',
    detected: 'Detectado',
    blocked: 'Primero un paso anterior',
    'not-needed': 'No es necesario',
  },
  steps: {
    prerequisites: {
      title: 'Requisitos previos',
      substeps: {
        'msi-enabled':
          'Confirme con el equipo de cuentas de Adobe (su gestor de cuenta) que las acciones MSI se han habilitado para su cuenta de Marketo Engage.',
        'crm-sync': 'Se debe configurar la sincronización de Marketo/Salesforce.',
      },
      clickPath: '',
      notes: [
        'Si no tiene un gestor de cuenta, póngase en contacto con el servicio de asistencia de Marketo.',
      ],
    },
    'set-up-marketo-sales-account': {
      title: 'Configurar la cuenta de ventas de Marketo',
      substeps: {
        'open-admin': 'En Marketo, haga clic en Administrador.',
        'open-actions-config': 'Haga clic en Insight de ventas y luego en Configuración de acciones.',
        'send-invite':
          'Seleccione en la lista el administrador de Marketo que quiere invitar y haga clic en Enviar invitación.',
        'credentials-shown':
          'Compruebe que el ID de cliente y el secreto de cliente aparecen en la tarjeta de información de integración.',
      },
      clickPath: 'Administrador › Insight de ventas › Configuración de acciones',
      notes: [
        'El usuario recibirá un correo electrónico con los pasos para obtener acceso a la cuenta.',
        'Los usuarios adicionales no se agregan a través de Marketo, sino en la página Administración de usuarios de la cuenta de ventas.',
      ],
    },
    'connect-marketo-sales-account-to-salesforce': {
      title: 'Conectar la cuenta de ventas de Marketo a Salesforce',
      substeps: {
        'open-settings':
          'En la cuenta de ventas de Marketo, haga clic en el icono del engranaje y seleccione Configuración.',
        'open-salesforce': 'En Configuración de administración, haga clic en Salesforce.',
        'click-connect': 'En la pestaña Conexiones y personalizaciones, haga clic en Conectar.',
        confirm: 'Haga clic en Aceptar.',
      },
      clickPath:
        '⚙ Configuración › Configuración de administración › Salesforce › Conexiones y personalizaciones',
      notes: [
        'Si ya ha iniciado sesión en Salesforce, estará conectado. Si no, se le pedirá que inicie sesión.',
      ],
    },
    'connect-marketo-to-your-sales-apps-account': {
      title: 'Conectar Marketo a su cuenta de aplicaciones de ventas',
      substeps: {
        'open-settings':
          'En la cuenta de ventas de Marketo, haga clic en el icono del engranaje y seleccione Configuración.',
        'open-marketo': 'En Configuración de administración, haga clic en Marketo.',
        'click-connect': 'Haga clic en conectar. La cuenta se conectará.',
      },
      clickPath: '⚙ Configuración › Configuración de administración › Marketo',
      notes: [
        'Si no se conecta, copie las credenciales de la pestaña «Configuración de acciones» de Marketo Sales Insight y péguelas en la pestaña Configurar.',
      ],
    },
    'initiate-data-sync': {
      title: 'Iniciar sincronización de datos',
      substeps: {
        'open-actions-config':
          'En Marketo, haga clic en Administrador, luego en Insight de ventas y en la pestaña Configuración de acciones.',
        'click-sync': 'En la tarjeta de sincronización de campos de acción, haga clic en Sincronizar.',
        'start-sync':
          'Verá una vista previa de los campos que se sincronizarán. Haga clic en Iniciar sincronización.',
      },
      clickPath:
        'Administrador › Insight de ventas › Configuración de acciones › Sincronización de campos de acción › Sincronizar',
      notes: [
        'Los registros de personas que existen en Marketo y Salesforce se sincronizarán con su cuenta de aplicaciones de ventas de Marketo.',
      ],
    },
    'invite-individual-users-to-msi-actions': {
      title: 'Invitar usuarios individuales a acciones MSI',
      substeps: {
        'open-user-management':
          'En la cuenta de ventas de Marketo, haga clic en el icono del engranaje, seleccione Configuración y, en Configuración de administración, Administración de usuarios.',
        'invite-users': 'Haga clic en Acciones y seleccione Invitar usuarios.',
        'enter-emails': 'Introduzca las direcciones de correo electrónico y haga clic en Invitar.',
      },
      clickPath:
        '⚙ Configuración › Configuración de administración › Administración de usuarios › Acciones › Invitar usuarios',
      notes: [
        'De forma predeterminada, todos los miembros nuevos se agregarán al equipo Todos.',
        'Recibirá un mensaje de confirmación.',
      ],
    },
    'invite-users-via-csv-to-msi-actions': {
      title: 'Invitar usuarios mediante CSV a acciones MSI',
      substeps: {
        'open-user-management':
          'En la cuenta de ventas de Marketo, haga clic en el icono del engranaje, seleccione Configuración y, en Configuración de administración, Administración de usuarios.',
        'invite-via-csv': 'Haga clic en Acciones y seleccione Invitar usuarios mediante CSV.',
        'choose-file': 'Busque el CSV en el equipo, selecciónelo y haga clic en Siguiente.',
        'confirm-mapping': 'Confirme que los campos están asignados correctamente y haga clic en Invitar.',
      },
      clickPath:
        '⚙ Configuración › Configuración de administración › Administración de usuarios › Acciones › Invitar usuarios mediante CSV',
      notes: ['Recibirá un mensaje de confirmación una vez que se envíen las invitaciones.'],
    },
    'install-upgrade-msi-package': {
      title: 'Instalar o actualizar el paquete MSI en Salesforce',
      substeps: {
        'open-listing':
          'Abra la ficha de Marketo Sales Insight en AppExchange, haga clic en Get It Now e inicie sesión en AppExchange.',
        'install-or-upgrade':
          'Haga clic en Install in Production (consejo: instálelo primero en un sandbox) o elija la actualización ofrecida; acepte las condiciones y confirme.',
        'choose-access':
          'Elija instalar solo para administradores, para todos los usuarios o para perfiles específicos y finalice.',
        'verify-installed':
          'Compruebe que Marketo Sales Insight aparece en Configuración › Paquetes instalados.',
        'deploy-objects':
          'En Configuración › Objetos, compruebe que todos los objetos de Marketo Sales Insight están implementados (si no: Modificar › Estado de implementación: Implementado › Guardar).',
      },
      clickPath:
        'AppExchange › Marketo Sales Insight › Get It Now; luego Configuración › Paquetes instalados',
      notes: [
        'Se necesitan permisos de administrador de Salesforce.',
        'Tras una actualización, los perfiles de los usuarios de MSI necesitan acceso de lectura a Prospecto, Contacto, Cuenta y Oportunidad: el paquete ya no puede concederlo.',
      ],
    },
    'configure-msi-actions-in-salesforce': {
      title: 'Configurar acciones MSI en Salesforce',
      substeps: {
        'remote-sites':
          'En Configuración › Configuración de sitio remoto, agregue dos sitios con Nuevo sitio remoto: https://ims-na1.adobelogin.com y https://mkto-sales-connect.adobe.io.',
        'enable-msi-actions':
          'En la pestaña Marketo Sales Insight Config, active Enable MSI Actions, introduzca la clave secreta de la API y haga clic en Guardar.',
        governance:
          'Opcional: gobernanza de las acciones MSI. Desactive las campañas de ventas o la pestaña Tareas, o funciones en la configuración de acciones; se aplica a todos los usuarios de MSI.',
      },
      clickPath:
        'Configuración › Configuración de sitio remoto › Nuevo sitio remoto; Marketo Sales Insight Config › Enable MSI Actions',
      notes: [
        'Si no ve la pestaña Marketo Sales Insight Config, ábrala desde + (Todas las fichas).',
        'La clave secreta de la API se define en Marketo: Administrador › Insight de ventas › Editar configuración de API.',
      ],
    },
  },
  blocked: {
    'needs-prerequisites': 'Confirme primero los requisitos previos.',
    'needs-account':
      'Necesita la cuenta de ventas de Marketo: invite primero al primer administrador (paso 1).',
    'needs-first-admin': 'Primero hay que invitar al primer administrador en Marketo (paso 1).',
    'needs-marketo-connection': 'Conecte primero Marketo a la cuenta de ventas (paso 3).',
    'needs-package': 'Instale o actualice primero el paquete MSI (paso 6).',
  },
  evidence: {
    'first-admin-invited': {
      text: 'Primer administrador invitado en la pestaña Configuración de acciones',
      withDetail: 'Primer administrador invitado en la pestaña Configuración de acciones: {detail}',
    },
    'client-id-shown': { text: 'ID de cliente visible en la tarjeta de información de integración' },
    'salesforce-connected': {
      text: 'Salesforce aparece como conectado',
      withDetail: 'Salesforce aparece como conectado ({detail})',
    },
    'marketo-connected': { text: 'Marketo aparece como conectado' },
    'sync-preview': {
      text: 'Vista previa de los campos en la tarjeta de sincronización de campos de acción',
    },
    'sync-started': { text: 'Sincronización en curso en la tarjeta de sincronización de campos de acción' },
    'sync-completed': {
      text: 'Sincronización completada en la tarjeta de sincronización de campos de acción',
    },
    'invite-confirmed': {
      text: 'Mensaje de confirmación de la invitación',
      withDetail: 'Mensaje de confirmación de la invitación ({detail} invitados)',
    },
    'csv-invite-confirmed': {
      text: 'Mensaje de confirmación de la invitación mediante CSV',
      withDetail: 'Mensaje de confirmación de la invitación mediante CSV ({detail} invitados)',
    },
    'users-listed': {
      text: 'Varios usuarios en Administración de usuarios (invitados individualmente o mediante CSV)',
      withDetail:
        '{detail} usuarios en Administración de usuarios (invitados individualmente o mediante CSV)',
    },
    'msi-package-installed': {
      text: 'Marketo Sales Insight aparece en Paquetes instalados',
      withDetail: 'Marketo Sales Insight {detail} aparece en Paquetes instalados',
    },
    'remote-sites-present': {
      text: 'Los dos sitios remotos de Adobe aparecen en Configuración de sitio remoto',
    },
    'msi-actions-enabled': { text: 'Enable MSI Actions activado' },
    'msi-actions-configured': {
      text: 'Los dos sitios remotos de Adobe presentes y Enable MSI Actions activado',
    },
    'sales-account-open': {
      text: 'Sesión iniciada en la configuración de administración de la app Sales: la cuenta Sales existe',
    },
    'msi-config-open': {
      text: 'La pestaña Marketo Sales Insight Config está ahí: el paquete está instalado',
    },
  },
  evidenceSeen: '{evidence}, en {page}, {date}',
  manualOnly: 'La extensión no puede comprobar este paso: márquelo usted.',
  cannotRead:
    'La extensión no ha podido leer esto en la página: el paso sigue siendo manual, márquelo usted.',
  setByYou: 'Indicado por usted',
  actions: {
    markDone: 'Marcar como hecho',
    markInProgress: 'Marcar como en curso',
    markTodo: 'Marcar como pendiente',
    useDetection: 'Usar lo que detecta la extensión',
    reset: 'Restablecer el progreso',
    resetDone: 'Se ha restablecido el progreso de {instance}.',
    undo: 'Deshacer',
    copySummary: 'Copiar resumen',
    summaryCopied: 'Resumen copiado.',
    exportProgress: 'Exportar el progreso',
    importProgress: 'Importar el progreso',
    imported: 'Se han importado {count} instancias.',
  },
  progress: '{done} de {total} hechos',
  cautions: {
    'keep-original-user':
      'Una vez iniciada la sincronización de datos, no debe eliminar el usuario original de su instancia de Sales Insight Actions: es el usuario al que se envió la primera invitación.',
    'keep-original-user-check':
      'La sincronización de datos ya se ha iniciado: no elimine ni desactive el usuario original (al que se envió la primera invitación). Compruebe que no se trata de ese usuario antes de continuar.',
    'enable-msi-actions-only-if-used':
      'No active la casilla «Enable MSI Actions» a menos que utilice las funciones de Sales Insight Actions. Si la desactiva más adelante, se desactivan todas las funciones de acciones MSI.',
    'credentials-after-first-invite':
      'Si no ve un ID de cliente y un secreto de cliente en la tarjeta de información de integración, active su instancia de Actions invitando al primer usuario: entonces aparecerán el ID de cliente y el secreto de cliente.',
  },
  originalUser: 'Usuario original: {user}',
  links: {
    'upgrade-msi-package': 'Actualizar el paquete MSI',
    'sync-data': 'Cómo se sincronizan los datos entre Sales Insight Actions, Marketo y Salesforce',
    'configure-msi-enterprise': 'Configurar Marketo Sales Insight en Salesforce Enterprise/Unlimited',
  },
  instance: {
    production: 'producción',
    sandbox: 'sandbox',
    unknownMunchkin: 'ID de Munchkin aún desconocido ({host})',
  },
  summary: {
    title: 'Configuración de acciones MSI: {done} de {total} hechos',
    instance: 'Instancia',
    guide: '{title}, versión {version}',
    date: 'Resumen del {date}',
    doneHeading: 'Hecho',
    leftHeading: 'Pendiente',
    salesforceAdminHeading: 'Pendiente para el administrador de Salesforce',
    nothingLeft: 'No queda nada.',
    markedDone: 'marcado como hecho',
    alternativeDone: 'no es necesario: los usuarios se invitaron de la otra forma',
    doc: 'Documentación',
  },
  importErrors: {
    'too-large': 'El archivo es demasiado grande ({size} KB, máximo {max} KB). No se ha cambiado nada.',
    'bad-json': 'El archivo no es un JSON válido. No se ha cambiado nada.',
    'forbidden-key':
      'El archivo usa «{name}» como nombre (en {path}), que no tiene ninguna instancia de Marketo ni ningún paso de la lista: se ha modificado o no es una exportación de esta extensión. Vuelva a exportar el progreso e importe ese archivo. No se ha cambiado nada.',
    'wrong-format':
      'Este no es un archivo de progreso de la lista de MSI Actions Setup Helper. No se ha cambiado nada.',
    'wrong-version':
      'El archivo tiene la versión de formato {found}; esta extensión lee versiones hasta la {supported}. No se ha cambiado nada.',
    'invalid-fields': 'El archivo tiene un valor no válido en {path} ({issue}). No se ha cambiado nada.',
  },
};
