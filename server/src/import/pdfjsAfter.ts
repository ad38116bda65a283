// Imported after PDF.js (see pdfjsBefore.ts): the console as it was.
import { consoleWarn } from './pdfjsBefore';

console.warn = consoleWarn;
