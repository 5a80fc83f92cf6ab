import type { Plugin } from 'esbuild';

export declare const vegaWithoutCanvas: Plugin;
