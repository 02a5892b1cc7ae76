/** Extension page "CSV check" (checker.html): reachable from the toolbar on pages that are not ours. */
import '@/lib/zod-mini';
import { createRoot } from 'react-dom/client';
import { CheckerPage } from '@/components/csv/CheckerPage';
import css from '@/components/panel/panel.css?inline';

const style = document.createElement('style');
// The panel's stylesheet (variables, buttons, fields); `:host` rules do not apply outside a shadow root.
style.textContent = `${css}\nbody { margin: 0; background: #f5f6f8; }\n.checker { max-width: 880px; margin: 24px auto; padding: 16px 20px; background: #fff; border: 1px solid #d5d5dc; border-radius: 8px; display: flex; flex-direction: column; gap: 10px; }\n.checker h1 { font-size: 20px; margin: 0; }`;
document.head.append(style);
createRoot(document.getElementById('root') as HTMLElement).render(<CheckerPage />);
