// The messages client components read. The root layout hands only these to the browser: passing every
// message (~47 KB) serialized them into every page's HTML and RSC payload, a cost paid on each request.
// tests/unit/client-messages.test.ts checks that every namespace a client component asks for is listed.
export const CLIENT_NAMESPACES = [
  "actionErrors", "auth", "errors", "figureErrors", "figures", "importErrors", "imports", "reports",
  "resolutions", "restructure", "restructureErrors", "status",
] as const;

export function clientMessages(messages: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
