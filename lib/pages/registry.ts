/**
 * The apps the extension knows, in recognition order. Each app also has its
 * own bootstrap bundle (entrypoints/boot-<app>.ts, declared on that app's hosts:
 * `BOOTSTRAPS` in lib/hosts.ts) so a page pays only for its own app's recognition.
 * Adding a page: write its adapter under lib/pages/<app>/ and list it in that
 * app's `<app>Adapters` (README: "Adding an adapter").
 */
import type { AppRecogniser } from '../boot/recognise';
import { marketoApp } from './marketo/app';
import { salesApp } from './sales/app';
import { salesforceApp } from './salesforce/app';

export const APPS: readonly AppRecogniser[] = [marketoApp, salesApp, salesforceApp];
