export declare function versionPlaces(): { file: string; version: string }[];
