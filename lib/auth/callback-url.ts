/** Only paths of this app: "/x?y" yes; "//evil.example", "https://…", "javascript:" no (no open redirect). */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  if (value.startsWith("/sign-in")) return "/";
  return value.slice(0, 500);
}
