/** What went wrong and what to do next, one sentence per failure reason, in English. */
export const en = {
  reasonNoTab: 'The panel lost track of this tab. Reload the page, then try again.',
  reasonNoAnswer: 'The page did not answer. Reload it, then try again.',
  reasonNotMarketo:
    'This is not a Marketo page any more. Open Admin › Sales Insight › Actions Config in Marketo, then press Read again.',
  reasonNoCard:
    'No Integration Information card on this page. Open Admin › Sales Insight › Actions Config in Marketo, then press Read again.',
  reasonMaskedUnrevealable:
    'The Client Secret is masked and the card offers no way to show it here. Show it on the Integration Information card yourself, then press Read again.',
  reasonInvalidClientId:
    'What the card shows as Client ID does not look like one (a UUID such as 1a2b3c4d-…). Reload the page and press Read again; if it stays so, copy the values by hand.',
  reasonInvalidClientSecret:
    'What the card shows as Client Secret does not look like one (32 letters and digits). Show it on the Integration Information card, check it, then press Read again.',
  reasonReadOther: 'The credentials could not be read here. Reload the page, then press Read again.',
  reasonNothingCarried:
    "No credentials are kept any more: they are forgotten after one fill or when their time is up. Read them again on Marketo's Actions Config and press Send to the Sales app.",
  reasonNotSalesSettings:
    'This page is not the Marketo settings of the Sales app. Open Settings › Admin Settings › Marketo there, then press Fill credentials again.',
  reasonNoForm:
    'No Client ID and Client Secret fields on this page. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
  reasonNoClientIdField:
    'The form on this page has no Client ID field. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
  reasonNoClientSecretField:
    'The form on this page has no Client Secret field. Open the Set Up tab of Admin Settings › Marketo, then press Fill credentials again.',
  reasonAmbiguous:
    'Two fields on this page could each be the Client ID or the Client Secret, so nothing was filled. Paste the values yourself (Reveal secret shows the carried secret).',
  reasonNotAccepted:
    'The page did not keep the values it was given. Paste them yourself (Reveal secret shows the carried secret), then press Save on the page.',
  reasonInstanceUnconfirmed:
    'The Sales account shows another Marketo instance than the one the values were read on, so nothing was filled. Check which instance this Sales account belongs to, tick the confirmation that names both, then press Fill now again.',
  reasonFillOther: 'Nothing was filled. Reload the page, then press Fill credentials again.',
  reasonSwapNoDialog:
    'The Invite Users via CSV dialog is closed. Open it again (Actions › Invite Users via CSV) and choose the fixed file there.',
  reasonSwapNoFileInput:
    'The dialog shows no file field now. Go back to its first step and choose the fixed file there.',
  reasonSwapUnsupported:
    'This browser does not let the extension put a file into the dialog. Download the fixed file and choose it in the dialog yourself.',
  reasonFileUnreadable:
    'The file could not be read: it may have been moved, changed or deleted since you chose it. Choose it again.',
  reasonFileDenied:
    'The browser did not let the extension read this file. Save it in another folder (your Downloads, for example) and choose it again.',
  reasonFileFailed:
    'The file could not be checked. Choose it again; if this happens again, save it as CSV UTF-8 and retry. Your file was not changed.',
  storePanelUi: "the panel's width and collapsed state",
  storeSettings: 'your options',
  storeProgress: 'your checklist progress',
  storeOther: 'some saved data',
} as const;

/** Keys of this area: every locale defines all of them. */
export type ReasonKey = keyof typeof en;
export type ReasonTexts = Record<ReasonKey, string>;
