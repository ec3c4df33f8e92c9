/** An Authorization header with a Bearer credential (the scheme is case-insensitive, RFC 9110). */
export function isBearer(header: string | null | undefined): header is string {
  return !!header && /^bearer\s+\S/i.test(header);
}

/** The credential of a Bearer header. */
export function bearerCredential(header: string): string {
  return header.replace(/^bearer\s+/i, "").trim();
}
