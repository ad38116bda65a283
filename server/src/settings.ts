// Settings under `committeeReport.*`, read per resource through workspace/configuration and cached until they change.
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, type ReportSettings } from './features/settings';
import { RULES, type RuleCode, type SeverityName } from './features/diagnostics/types';
import { entriesFromSetting } from './glossary/userGlossary';

const SECTION = 'committeeReport';

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

function severities(raw: unknown): Partial<Record<RuleCode, SeverityName>> {
  const out: Partial<Record<RuleCode, SeverityName>> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const code of RULES) {
    const value = (raw as Record<string, unknown>)[code];
    if (typeof value === 'string' && SEVERITIES.includes(value)) out[code] = value as SeverityName;
  }
  return out;
}

/** Turns whatever the client sent into well-formed settings: unknown or wrong-typed values fall back to defaults. */
export function normaliseSettings(raw: unknown, docsBase = DEFAULT_SETTINGS.docsBase): ReportSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, any>;
  return {
    outline: {
      shortTitleWords: clampNumber(r.outline?.shortTitleWords, 3, 30, DEFAULT_SETTINGS.outline.shortTitleWords),
    },
    diagnostics: severities(r.diagnostics),
    lateResponse: { months: clampNumber(r.lateResponse?.months, 1, 24, DEFAULT_SETTINGS.lateResponse.months) },
    maxFileSizeMB: typeof r.maxFileSizeMB === 'number' && r.maxFileSizeMB > 0 ? Math.min(r.maxFileSizeMB, 1000) : DEFAULT_SETTINGS.maxFileSizeMB,
    glossary: {
      languages: Array.isArray(r.glossary?.languages)
        ? r.glossary.languages.filter((l: unknown): l is string => typeof l === 'string')
        : DEFAULT_SETTINGS.glossary.languages,
      entries: entriesFromSetting(r.glossary?.entries),
    },
    docsBase,
  };
}

export class SettingsCache {
  readonly #cache = new Map<string, Promise<ReportSettings>>();
  #supported = false;
  #docsBase = DEFAULT_SETTINGS.docsBase;

  constructor(private readonly connection: Connection) {}

  /** Where diagnostics' rule links point: the diagnostics' reference (docs/diagnostics.md) shipped with the server. */
  setDocsBase(docsBase: string): void {
    this.#docsBase = docsBase;
    this.#cache.clear();
  }

  get defaults(): ReportSettings {
    return normaliseSettings({}, this.#docsBase);
  }

  setSupported(supported: boolean): void {
    this.#supported = supported;
  }

  get(uri: string): Promise<ReportSettings> {
    if (!this.#supported) return Promise.resolve(this.defaults);
    let found = this.#cache.get(uri);
    if (!found) {
      found = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SECTION })
        .then(
          (raw) => normaliseSettings(raw, this.#docsBase),
          () => this.defaults,
        );
      this.#cache.set(uri, found);
    }
    return found;
  }

  forget(uri: string): void {
    this.#cache.delete(uri);
  }

  clear(): void {
    this.#cache.clear();
  }
}
