/**
 * The CSV check's hold labels, in every locale: what the upload dialog's Next
 * button says while our check holds it. In a module of their own because the
 * agent (lib/agent/watch-page.ts) puts the "checking" label into the host page
 * and must not carry the whole CSV catalogue (lib/i18n/messages/csv.ts, which
 * spreads these into its own) for it.
 */
import type { Locale } from '../locales';

export interface CsvHoldTexts {
  csvHoldChecking: string;
  csvHoldErrors: string;
  csvInviteHoldChecking: string;
  csvInviteHoldErrors: string;
}

export const csvHold: Record<Locale, CsvHoldTexts> = {
  en: {
    csvHoldChecking: 'CSV check: checking the file…',
    csvHoldErrors: 'CSV check: errors found ({count}). See the panel.',
    csvInviteHoldChecking: 'Address check: checking the addresses…',
    csvInviteHoldErrors: 'Address check: errors found ({count}). See the panel.',
  },
  es: {
    csvHoldChecking: 'Comprobación del CSV: comprobando el archivo…',
    csvHoldErrors: 'Comprobación del CSV: hay errores ({count}). Vea el panel.',
    csvInviteHoldChecking: 'Comprobación de direcciones: comprobando…',
    csvInviteHoldErrors: 'Comprobación de direcciones: hay errores ({count}). Vea el panel.',
  },
  fr: {
    csvHoldChecking: 'Vérification du CSV : fichier en cours de vérification…',
    csvHoldErrors: 'Vérification du CSV : erreurs trouvées ({count}). Voir le panneau.',
    csvInviteHoldChecking: 'Vérification des adresses : en cours…',
    csvInviteHoldErrors: 'Vérification des adresses : erreurs trouvées ({count}). Voir le panneau.',
  },
  it: {
    csvHoldChecking: 'Controllo del CSV: controllo del file in corso…',
    csvHoldErrors: 'Controllo del CSV: errori trovati ({count}). Vedi il pannello.',
    csvInviteHoldChecking: 'Controllo indirizzi: controllo in corso…',
    csvInviteHoldErrors: 'Controllo indirizzi: trovati errori ({count}). Vedi il pannello.',
  },
  sv: {
    csvHoldChecking: 'CSV-kontroll: kontrollerar filen…',
    csvHoldErrors: 'CSV-kontroll: fel hittades ({count}). Se panelen.',
    csvInviteHoldChecking: 'Adresskontroll: kontrollerar adresserna…',
    csvInviteHoldErrors: 'Adresskontroll: fel hittades ({count}). Se panelen.',
  },
  zh_CN: {
    csvHoldChecking: 'CSV 检查：正在检查文件…',
    csvHoldErrors: 'CSV 检查：发现错误（{count}）。请查看面板。',
    csvInviteHoldChecking: '地址检查：正在检查地址…',
    csvInviteHoldErrors: '地址检查：{count} 个错误。请查看面板。',
  },
  de: {
    csvHoldChecking: 'CSV-Prüfung: Datei wird geprüft…',
    csvHoldErrors: 'CSV-Prüfung: Fehler gefunden ({count}). Siehe Seitenleiste.',
    csvInviteHoldChecking: 'Adressprüfung: Adressen werden geprüft…',
    csvInviteHoldErrors: 'Adressprüfung: Fehler gefunden ({count}). Siehe Bereich.',
  },
  ja: {
    csvHoldChecking: 'CSV チェック：ファイルをチェックしています…',
    csvHoldErrors: 'CSV チェック：エラーがあります（{count}）。パネルを確認してください。',
    csvInviteHoldChecking: 'アドレスチェック：確認中…',
    csvInviteHoldErrors: 'アドレスチェック：エラー {count} 件。パネルを確認してください。',
  },
  pt_BR: {
    csvHoldChecking: 'Verificação do CSV: verificando o arquivo…',
    csvHoldErrors: 'Verificação do CSV: erros encontrados ({count}). Veja o painel.',
    csvInviteHoldChecking: 'Verificação de endereços: verificando…',
    csvInviteHoldErrors: 'Verificação de endereços: erros encontrados ({count}). Veja o painel.',
  },
};
