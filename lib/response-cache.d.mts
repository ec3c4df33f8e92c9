export const CACHE_MARK: string;
export const CHANGE_CHANNEL: string;
type Headers = Record<string, string | string[] | number | undefined>;
export function isCandidate(method: string | undefined, url: string, headers: Headers): string | null;
export function sessionOf(cookieHeader: string, options: { cookieName: string; secret: string; now?: number }): Promise<{ who: string; otherCookies: string } | null>;
export function whoOf(token: { uid: unknown; sv: unknown; sid: unknown }): string;
export function cacheKey(url: string, headers: Headers, session: { who: string; otherCookies: string }): string;
export function markOf(committee: string, who: string, nonce: string): string;
export function parseMark(value: unknown): { committee: string; who: string; nonce: string } | null;
export function newNonce(): string;
export interface Answer { status: number; headers: Record<string, string | string[] | number>; body: Buffer }
export interface Fill { committee: string; who: string; spoiled: boolean }
export class ResponseCache {
  constructor(options: { maxBytes: number; maxAgeMs: number; now?: () => number });
  readonly listening: boolean;
  readonly bytes: number;
  get(key: string): Answer | null;
  beginFill(committee: string, who: string): Fill;
  keep(fill: Fill, key: string, answer: Answer & { mark: { committee: string; who: string; nonce: string } }): boolean;
  abandon(fill: Fill): void;
  changed(payload: string): void;
  setListening(listening: boolean): void;
}
