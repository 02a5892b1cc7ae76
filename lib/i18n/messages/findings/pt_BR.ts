/** The CSV check's findings (one message per finding code) and the words they are built from, in Brazilian Portuguese. */
import type { FindingTexts } from './types';

export const pt_BR: FindingTexts = {
  codes: {
    'file-empty': 'O arquivo está vazio: não há cabeçalho nem ninguém para convidar.',
    'file-empty:blank':
      'O arquivo contém apenas linhas em branco: não há cabeçalho nem ninguém para convidar.',
    'no-data-rows':
      'O arquivo tem uma linha de cabeçalho, mas nenhuma linha de dados: ninguém para convidar.',
    'not-text':
      'Este não é um arquivo de texto CSV, e sim {kindText}. No Excel, escolha Arquivo › Salvar como › “CSV UTF-8 (Delimitado por vírgulas) (*.csv)” e use esse arquivo.',
    'file-too-large': 'O arquivo tem {sizeText}, acima do limite de {maxText}. Divida-o em arquivos menores.',
    'encoding-fallback':
      'O arquivo não é UTF-8 válido, por isso foi lido como Windows-1252 (Europa Ocidental). Verifique se as letras acentuadas estão corretas ou salve-o no Excel como “CSV UTF-8 (Delimitado por vírgulas)”.',
    'encoding-utf16':
      'O arquivo está codificado em {encodingName} (“Texto Unicode” do Excel); foi lido corretamente. O CSV corrigido será UTF-8.',
    'sep-line':
      'A primeira linha é uma indicação “sep=” do Excel, não dados: ela foi ignorada e seu delimitador ({delimiterName}) foi usado.',
    delimiter: 'As colunas estão separadas por {delimiterName}, não por vírgulas.',
    'ambiguous-delimiter':
      'Tanto {delimiterName} quanto {otherName} dividem o arquivo em colunas regulares; a verificação usou {delimiterName}. Confira se as colunas estão corretas.',
    'unclosed-quote':
      'Aspas abertas nesta linha nunca são fechadas, então o restante do arquivo foi lido como uma única célula.',
    'missing-email-column':
      'Nenhuma coluna contém o endereço de e-mail. Nomeie-a “Endereço de e-mail” (ou “Email”, “E-mail Address”, “Adresse e-mail”…).',
    'missing-email-column:no-header':
      'A primeira linha contém um endereço de e-mail: o arquivo parece não ter linha de cabeçalho. Adicione uma primeira linha com os nomes das colunas, como “Email”.',
    'duplicate-header':
      'A coluna “{column}” repete a coluna “{first}” ({firstLetter}): apenas uma delas pode ser mapeada.',
    'blank-header': 'A coluna {letter} não tem cabeçalho: seus valores não serão mapeados.',
    'unknown-column': 'A coluna “{column}” não é um campo conhecido: não será mapeada.',
    'missing-email': 'Falta o endereço de e-mail.',
    'invalid-email': '“{value}” não é um endereço de e-mail válido: {reasonText}.',
    'duplicate-email': '{address} já aparece na linha {firstRow}: esta linha é uma duplicata.',
    'email-whitespace':
      'O endereço de e-mail tem espaços ao redor ou invisíveis: será enviado como {address}.',
    'display-name-email': 'A célula contém um nome junto com o endereço: apenas {address} será enviado.',
    'ragged-row': 'Esta linha tem {actual} células, mas o cabeçalho tem {expected}.',
    'blank-row': 'Linha em branco: será ignorada.',
    'formula-injection': 'A célula começa com “{first}”: uma planilha poderia executá-la como fórmula.',
    'role-account':
      '{address} parece uma caixa compartilhada, não uma pessoa: cada usuário precisa do próprio endereço, igual ao seu nome de usuário do Salesforce.',
    'personal-domain':
      '{address} é um endereço pessoal ({domain}): o e-mail deve corresponder ao nome de usuário do Salesforce do usuário.',
    'value-too-long': 'Este valor tem {length} caracteres; o limite é {max}.',
    'malformed-quote':
      'Há aspas fora do lugar nesta linha: verifique se as células foram separadas corretamente.',
    'quote-recovered':
      'Aspas abertas na linha {line} do arquivo não são fechadas antes do fim da linha: foram lidas como fechadas ali, e as linhas seguintes como linhas próprias. Verifique esta linha.',
    'broken-row-person':
      '{address} (linha {line} do arquivo) está dentro de uma linha quebrada por aspas: esta pessoa não será convidada. Corrija as aspas ou edite a linha.',
    'seat-limit':
      'Convidar {needed} novos usuários com {used} já na instância soma {total}, {over} acima do limite de {limit} licenças.',
    'existing-user': '{address} já é usuário desta instância.',
  },
  titles: {
    'file-empty': 'Arquivo vazio',
    'no-data-rows': 'Ninguém para convidar',
    'not-text': 'Não é um arquivo CSV',
    'file-too-large': 'Arquivo grande demais',
    'encoding-fallback': 'Codificação deduzida',
    'encoding-utf16': 'Texto UTF-16',
    'sep-line': 'Linha “sep=” do Excel',
    delimiter: 'Separador de colunas',
    'ambiguous-delimiter': 'Separador de colunas incerto',
    'unclosed-quote': 'Aspas nunca fechadas',
    'missing-email-column': 'Nenhuma coluna de e-mail',
    'duplicate-header': 'Nomes de coluna repetidos',
    'blank-header': 'Colunas sem nome',
    'unknown-column': 'Colunas que não serão importadas',
    'missing-email': 'Endereços de e-mail ausentes',
    'invalid-email': 'Endereços de e-mail inválidos',
    'duplicate-email': 'Endereços de e-mail duplicados',
    'email-whitespace': 'Espaços em torno dos endereços de e-mail',
    'display-name-email': 'Nomes escritos junto com o endereço',
    'ragged-row': 'Linhas com número errado de células',
    'blank-row': 'Linhas em branco',
    'formula-injection': 'Células que uma planilha poderia executar como fórmulas',
    'role-account': 'Caixas compartilhadas (info@, vendas@…)',
    'personal-domain': 'Endereços pessoais',
    'value-too-long': 'Valores longos demais',
    'malformed-quote': 'Aspas fora do lugar',
    'quote-recovered': 'Linhas reparadas após aspas não fechadas',
    'broken-row-person': 'Pessoas dentro de linhas quebradas',
    'seat-limit': 'Licenças de usuário insuficientes',
    'existing-user': 'Já são usuários',
  },
  reasons: {
    'no-at': 'não há @',
    'fullwidth-at': 'usa o ＠ de largura total em vez de @',
    'multiple-at': 'tem mais de um @',
    space: 'contém um espaço',
    'empty-local': 'não há nada antes do @',
    'empty-domain': 'não há nada depois do @',
    'domain-no-dot': 'o domínio não tem ponto',
    'trailing-dot': 'uma parte termina com ponto',
    'leading-dot': 'uma parte começa com ponto',
    'consecutive-dots': 'tem dois pontos seguidos',
    'invalid-character': 'contém um caractere não permitido',
    'non-ascii': 'contém caracteres acentuados ou não latinos',
    'domain-label': 'o domínio está malformado',
    'top-level-domain': 'o final do domínio não é válido',
    'too-long': 'é longo demais',
    'formula-start': 'começa com um caractere que uma planilha executaria como fórmula',
  },
  delimiters: {
    ',': 'vírgulas',
    ';': 'pontos e vírgulas',
    '\t': 'tabulações',
    '|': 'barras verticais (|)',
    other: '“{char}”',
  },
  notText: {
    xlsx: 'uma pasta de trabalho do Excel (.xlsx) ou outro arquivo zip',
    xls: 'uma pasta de trabalho do Excel em formato antigo (.xls)',
    pdf: 'um documento PDF',
    binary: 'um arquivo binário',
  },
  severity: {
    error: 'Erro',
    warning: 'Aviso',
    info: 'Informação',
  },
  report: {
    row: 'Linha',
    column: 'Coluna',
    severity: 'Gravidade',
    code: 'Código',
    problem: 'Problema',
    message: 'Mensagem',
  },
};
