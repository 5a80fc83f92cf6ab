export declare const ENGINES_NODE: string;
export declare const NODE_VERSIONS: Record<22 | 24, string>;
export declare function ensureNode(version: string): string;
