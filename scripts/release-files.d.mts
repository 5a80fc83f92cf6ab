export declare const ROOT: string;
export declare const NPM_PACKAGES: { name: string; dir: string }[];
export declare const EXTENSION: { name: string; dir: string; vsix: string };
export declare const GITHUB_REPOSITORY: string;
export declare const VERSION_MENTIONS: { file: string; pattern: RegExp }[];
