/** The CSV check's findings (one message per finding code) and the words they are built from, in Japanese. */
import type { FindingTexts } from './types';

export const ja: FindingTexts = {
  codes: {
    'file-empty': 'ファイルが空です。ヘッダーも招待する人もいません。',
    'file-empty:blank': 'ファイルには空行しかありません。ヘッダーも招待する人もいません。',
    'no-data-rows': 'ファイルにヘッダー行はありますが、データ行がありません。招待する人がいません。',
    'not-text':
      'これは CSV テキストファイルではなく、{kindText}です。Excel で「ファイル › 名前を付けて保存 › CSV UTF-8 (コンマ区切り) (*.csv)」を選び、そのファイルを使用してください。',
    'file-too-large':
      'ファイルのサイズは {sizeText} で、上限の {maxText} を超えています。小さなファイルに分割してください。',
    'encoding-fallback':
      'ファイルが正しい UTF-8 ではないため、Windows-1252 (西ヨーロッパ言語) として読み込みました。アクセント付きの文字が正しいか確認するか、Excel で「CSV UTF-8 (コンマ区切り)」として保存してください。',
    'encoding-utf16':
      'ファイルは {encodingName} (Excel の「Unicode テキスト」) でエンコードされており、正しく読み込みました。修正後の CSV は UTF-8 になります。',
    'sep-line':
      '1 行目は Excel の「sep=」指定でデータではありません。スキップし、指定された区切り文字 ({delimiterName}) を使用しました。',
    delimiter: '列はコンマではなく{delimiterName}で区切られています。',
    'ambiguous-delimiter':
      '{delimiterName}と{otherName}のどちらでもファイルが揃った列に分かれます。チェックでは{delimiterName}を使用しました。列が正しいか確認してください。',
    'unclosed-quote':
      'この行で開いた引用符が閉じられていないため、ファイルの残りが 1 つのセルとして読み込まれました。',
    'missing-email-column':
      'メールアドレスの列がありません。列名を「メールアドレス」(または「Email」「E-mail Address」「Adresse e-mail」など) にしてください。',
    'missing-email-column:no-header':
      '1 行目にメールアドレスが含まれています。ファイルにヘッダー行がないようです。「Email」などの列名を含む行を先頭に追加してください。',
    'duplicate-header':
      '列「{column}」は列「{first}」({firstLetter}) と重複しています。マッピングできるのはどちらか一方だけです。',
    'blank-header': '列 {letter} にヘッダーがありません。値はマッピングされません。',
    'unknown-column': '列「{column}」は既知のフィールドではありません。マッピングされません。',
    'missing-email': 'メールアドレスがありません。',
    'invalid-email': '「{value}」は有効なメールアドレスではありません: {reasonText}。',
    'duplicate-email': '{address} は {firstRow} 行目にすでにあります。この行は重複です。',
    'email-whitespace':
      'メールアドレスの前後に空白、または見えない文字があります。{address} として送信されます。',
    'display-name-email': 'セルに名前とアドレスが含まれています。{address} だけが送信されます。',
    'ragged-row': 'この行のセル数は {actual} ですが、ヘッダーは {expected} です。',
    'blank-row': '空行です。スキップされます。',
    'formula-injection':
      'セルが「{first}」で始まっています。表計算ソフトで数式として実行されるおそれがあります。',
    'role-account':
      '{address} は個人ではなく共有メールボックスのようです。各ユーザーには、Salesforce のユーザー名と一致する本人のアドレスが必要です。',
    'personal-domain':
      '{address} は個人用アドレス ({domain}) です。メールアドレスはユーザーの Salesforce のユーザー名と一致させてください。',
    'value-too-long': 'この値は {length} 文字です。上限は {max} 文字です。',
    'malformed-quote':
      'この行の引用符の位置が正しくありません。セルが正しく区切られているか確認してください。',
    'quote-recovered':
      'ファイルの {line} 行目で開いた引用符が行末までに閉じられていません。そこで閉じたものとして読み、続く行はそれぞれ別の行として読みました。この行を確認してください。',
    'broken-row-person':
      '{address}（ファイルの {line} 行目）は引用符で壊れた行の中にあります。この人は招待されません。引用符を直すか、行を編集してください。',
    'seat-limit':
      '新規ユーザー {needed} 人とインスタンスの既存ユーザー {used} 人で合計 {total} 人となり、上限の {limit} シートを {over} 人超えます。',
    'existing-user': '{address} はすでにこのインスタンスのユーザーです。',
  },
  titles: {
    'file-empty': '空のファイル',
    'no-data-rows': '招待する人がいません',
    'not-text': 'CSV ファイルではありません',
    'file-too-large': 'ファイルが大きすぎます',
    'encoding-fallback': '推定した文字コード',
    'encoding-utf16': 'UTF-16 テキスト',
    'sep-line': 'Excel の「sep=」行',
    delimiter: '列の区切り文字',
    'ambiguous-delimiter': '区切り文字が不明確',
    'unclosed-quote': '閉じられていない引用符',
    'missing-email-column': 'メール列がありません',
    'duplicate-header': '重複した列名',
    'blank-header': '名前のない列',
    'unknown-column': 'インポートされない列',
    'missing-email': 'メールアドレスがありません',
    'invalid-email': '無効なメールアドレス',
    'duplicate-email': '重複したメールアドレス',
    'email-whitespace': 'メールアドレス前後の空白',
    'display-name-email': 'アドレスと一緒に書かれた名前',
    'ragged-row': 'セル数が正しくない行',
    'blank-row': '空行',
    'formula-injection': '表計算ソフトが数式として実行しうるセル',
    'role-account': '共有メールボックス（info@、sales@ など）',
    'personal-domain': '個人のメールアドレス',
    'value-too-long': '長すぎる値',
    'malformed-quote': '位置が正しくない引用符',
    'quote-recovered': '閉じられていない引用符のあと修復した行',
    'broken-row-person': '壊れた行の中の人',
    'seat-limit': 'ユーザーシートが足りません',
    'existing-user': 'すでにユーザー',
  },
  reasons: {
    'no-at': '@ がありません',
    'fullwidth-at': '@ ではなく全角の ＠ が使われています',
    'multiple-at': '@ が複数あります',
    space: '空白が含まれています',
    'empty-local': '@ の前に何もありません',
    'empty-domain': '@ の後に何もありません',
    'domain-no-dot': 'ドメインにドットがありません',
    'trailing-dot': 'ドットで終わる部分があります',
    'leading-dot': 'ドットで始まる部分があります',
    'consecutive-dots': 'ドットが 2 つ続いています',
    'invalid-character': '使用できない文字が含まれています',
    'non-ascii': 'アクセント付き文字または非ラテン文字が含まれています',
    'domain-label': 'ドメインの形式が正しくありません',
    'top-level-domain': 'ドメインの末尾が無効です',
    'too-long': '長すぎます',
    'formula-start': '表計算ソフトが数式として実行する文字で始まっています',
  },
  delimiters: {
    ',': 'コンマ',
    ';': 'セミコロン',
    '\t': 'タブ',
    '|': '縦棒 (|)',
    other: '「{char}」',
  },
  notText: {
    xlsx: 'Excel ブック (.xlsx) またはその他の zip アーカイブ',
    xls: '旧形式の Excel ブック (.xls)',
    pdf: 'PDF 文書',
    binary: 'バイナリファイル',
  },
  severity: {
    error: 'エラー',
    warning: '警告',
    info: '情報',
  },
  report: {
    row: '行',
    column: '列',
    severity: '重要度',
    code: 'コード',
    problem: '問題',
    message: 'メッセージ',
  },
};
