// Types of codeServer.mjs for the TypeScript tests that share it (the web worker test launches the same browser).
export const ROOT: string;
export function checkInstalled(): void;
export function launchBrowser(): Promise<{ close(): Promise<void>; newPage(): Promise<any> }>;
