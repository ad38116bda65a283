// Settings under `committeeReport.*`, read per resource through workspace/configuration and cached until they change.
import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, type ReportSettings } from './features/settings';

const SECTION = 'committeeReport';

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

/** Turns whatever the client sent into well-formed settings: unknown or wrong-typed values fall back to defaults. */
export function normaliseSettings(raw: unknown): ReportSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  return {
    outline: {
      shortTitleWords: clampNumber(r.outline?.shortTitleWords, 3, 30, DEFAULT_SETTINGS.outline.shortTitleWords),
    },
  };
}

export class SettingsCache {
  private readonly cache = new Map<string, Promise<ReportSettings>>();
  private supported = false;

  constructor(private readonly connection: Connection) {}

  setSupported(supported: boolean): void {
    this.supported = supported;
  }

  get(uri: string): Promise<ReportSettings> {
    if (!this.supported) return Promise.resolve(DEFAULT_SETTINGS);
    let found = this.cache.get(uri);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SECTION })
        .then(normaliseSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, found);
    }
    return found;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  clear(): void {
    this.cache.clear();
  }
}
