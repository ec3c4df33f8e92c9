export const SESSION_MAX_AGE_SECONDS: number;
export const SESSION_IDLE_SECONDS: number;
export const SESSION_REFRESH_SECONDS: number;
export function sessionCookieName(secure: boolean): string;
export function sessionAlive(token: { la: number; st?: number }, now: number): boolean;
export function encodeToken(token: Record<string, unknown>, secret: string | Buffer, maxAge?: number, salt?: string): Promise<string>;
export function decodeToken(token: string, secret: string | Buffer, salt?: string): Promise<Record<string, unknown>>;
