/** The CSV check's findings (one message per finding code) and the words they are built from, in Spanish. */
import type { FindingTexts } from './types';

export const es: FindingTexts = {
  codes: {
    'file-empty': 'El archivo está vacío: no hay encabezado ni nadie a quien invitar.',
    'file-empty:blank':
      'El archivo solo contiene líneas en blanco: no hay encabezado ni nadie a quien invitar.',
    'no-data-rows':
      'El archivo tiene una fila de encabezado pero ninguna fila de datos: no hay nadie a quien invitar.',
    'not-text':
      'No es un archivo de texto CSV sino {kindText}. En Excel, elija Archivo › Guardar como › «CSV UTF-8 (delimitado por comas) (*.csv)» y use ese archivo.',
    'file-too-large':
      'El archivo ocupa {sizeText}, más que el límite de {maxText}. Divídalo en archivos más pequeños.',
    'encoding-fallback':
      'El archivo no es UTF-8 válido, así que se leyó como Windows-1252 (Europa occidental). Compruebe que las letras acentuadas se ven bien, o guárdelo desde Excel como «CSV UTF-8 (delimitado por comas)».',
    'encoding-utf16':
      'El archivo está codificado en {encodingName} («Texto Unicode» de Excel); se leyó correctamente. El CSV corregido estará en UTF-8.',
    'sep-line':
      'La primera línea es una indicación «sep=» de Excel, no datos: se omitió y se usó su delimitador ({delimiterName}).',
    delimiter: 'Las columnas están separadas por {delimiterName}, no por comas.',
    'ambiguous-delimiter':
      'Tanto {delimiterName} como {otherName} dividen el archivo en columnas regulares; se usaron {delimiterName}. Compruebe que las columnas son correctas.',
    'unclosed-quote':
      'Unas comillas abiertas en esta fila nunca se cierran, así que el resto del archivo se leyó como una sola celda.',
    'missing-email-column':
      'Ninguna columna contiene la dirección de correo. Llámela «Correo electrónico» (o «Email», «E-mail Address», «Adresse e-mail»…).',
    'missing-email-column:no-header':
      'La primera fila contiene una dirección de correo: parece que el archivo no tiene fila de encabezado. Añada una primera fila con los nombres de las columnas, como «Email».',
    'duplicate-header':
      'La columna «{column}» repite la columna «{first}» ({firstLetter}): solo una de ellas puede asignarse.',
    'blank-header': 'La columna {letter} no tiene encabezado: sus valores no se asignarán.',
    'unknown-column': 'La columna «{column}» no es un campo conocido: no se asignará.',
    'missing-email': 'Falta la dirección de correo electrónico.',
    'invalid-email': '«{value}» no es una dirección de correo válida: {reasonText}.',
    'duplicate-email': '{address} ya aparece en la fila {firstRow}: esta fila está duplicada.',
    'email-whitespace':
      'La dirección de correo tiene espacios alrededor o invisibles: se enviará como {address}.',
    'display-name-email': 'La celda contiene un nombre con la dirección: solo se enviará {address}.',
    'ragged-row': 'Esta fila tiene {actual} celdas pero el encabezado tiene {expected}.',
    'blank-row': 'Fila en blanco: se omitirá.',
    'formula-injection':
      'La celda empieza por «{first}»: una hoja de cálculo podría ejecutarla como fórmula.',
    'role-account':
      '{address} parece un buzón compartido, no una persona: cada usuario necesita su propia dirección, igual a su nombre de usuario de Salesforce.',
    'personal-domain':
      '{address} es una dirección personal ({domain}): el correo debe coincidir con el nombre de usuario de Salesforce del usuario.',
    'value-too-long': 'Este valor tiene {length} caracteres; el límite es {max}.',
    'malformed-quote':
      'Unas comillas de esta fila están mal colocadas: compruebe que sus celdas se separaron correctamente.',
    'quote-recovered':
      'Unas comillas abiertas en la línea {line} del archivo no se cierran antes de que acabe la línea: se tomaron como cerradas ahí, y las líneas siguientes como filas propias. Compruebe esta fila.',
    'broken-row-person':
      '{address} (línea {line} del archivo) está dentro de una fila rota por unas comillas: esta persona no será invitada. Corrija las comillas o edite la fila.',
    'seat-limit':
      'Invitar a {needed} usuarios nuevos con {used} ya en la instancia suma {total}, {over} más que el límite de {limit} licencias.',
    'existing-user': '{address} ya es usuario de esta instancia.',
  },
  titles: {
    'file-empty': 'Archivo vacío',
    'no-data-rows': 'Nadie a quien invitar',
    'not-text': 'No es un archivo CSV',
    'file-too-large': 'Archivo demasiado grande',
    'encoding-fallback': 'Codificación deducida',
    'encoding-utf16': 'Texto UTF-16',
    'sep-line': 'Línea «sep=» de Excel',
    delimiter: 'Separador de columnas',
    'ambiguous-delimiter': 'Separador de columnas dudoso',
    'unclosed-quote': 'Comillas sin cerrar',
    'missing-email-column': 'Sin columna de correo electrónico',
    'duplicate-header': 'Nombres de columna repetidos',
    'blank-header': 'Columnas sin nombre',
    'unknown-column': 'Columnas que no se importarán',
    'missing-email': 'Direcciones de correo que faltan',
    'invalid-email': 'Direcciones de correo no válidas',
    'duplicate-email': 'Direcciones de correo duplicadas',
    'email-whitespace': 'Espacios alrededor de las direcciones',
    'display-name-email': 'Nombres escritos junto a la dirección',
    'ragged-row': 'Filas con un número de celdas incorrecto',
    'blank-row': 'Filas en blanco',
    'formula-injection': 'Celdas que una hoja de cálculo podría ejecutar como fórmulas',
    'role-account': 'Buzones compartidos (info@, ventas@…)',
    'personal-domain': 'Direcciones personales',
    'value-too-long': 'Valores demasiado largos',
    'malformed-quote': 'Comillas mal colocadas',
    'quote-recovered': 'Filas reparadas tras unas comillas sin cerrar',
    'broken-row-person': 'Personas dentro de filas rotas',
    'seat-limit': 'No hay licencias suficientes',
    'existing-user': 'Ya son usuarios',
  },
  reasons: {
    'no-at': 'no tiene @',
    'fullwidth-at': 'usa la ＠ de ancho completo en lugar de @',
    'multiple-at': 'tiene más de una @',
    space: 'contiene un espacio',
    'empty-local': 'no hay nada antes de la @',
    'empty-domain': 'no hay nada después de la @',
    'domain-no-dot': 'el dominio no tiene punto',
    'trailing-dot': 'una parte termina en punto',
    'leading-dot': 'una parte empieza por punto',
    'consecutive-dots': 'tiene dos puntos seguidos',
    'invalid-character': 'contiene un carácter no permitido',
    'non-ascii': 'contiene caracteres acentuados o no latinos',
    'domain-label': 'el dominio está mal formado',
    'top-level-domain': 'el final del dominio no es válido',
    'too-long': 'es demasiado larga',
    'formula-start': 'empieza por un carácter que una hoja de cálculo ejecutaría como fórmula',
  },
  delimiters: {
    ',': 'comas',
    ';': 'puntos y comas',
    '\t': 'tabulaciones',
    '|': 'barras verticales (|)',
    other: '«{char}»',
  },
  notText: {
    xlsx: 'un libro de Excel (.xlsx) u otro archivo zip',
    xls: 'un libro de Excel de formato antiguo (.xls)',
    pdf: 'un documento PDF',
    binary: 'un archivo binario',
  },
  severity: {
    error: 'Error',
    warning: 'Advertencia',
    info: 'Información',
  },
  report: {
    row: 'Fila',
    column: 'Columna',
    severity: 'Gravedad',
    code: 'Código',
    problem: 'Problema',
    message: 'Mensaje',
  },
};
