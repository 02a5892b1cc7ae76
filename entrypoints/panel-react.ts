/**
 * React for the panel (lib/build/react-global.ts): loaded by the background
 * into the top frame just before panel.js, as its own evaluation.
 */
import * as React from 'react';
import * as JSXRuntime from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import { REACT_GLOBAL } from '@/lib/build/react-global';

export default defineUnlistedScript(() => {
  const g = globalThis as Record<string, unknown>;
  g[REACT_GLOBAL] ??= { React, ReactDOM, ReactDOMClient, JSXRuntime };
});
