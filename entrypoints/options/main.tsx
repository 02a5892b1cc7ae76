import '@/lib/zod-mini';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';

createRoot(document.getElementById('root') as HTMLElement).render(<OptionsPage />);
