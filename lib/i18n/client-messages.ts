// The messages client components read. Every page hands the browser only the few every page needs (action
// forms' errors, the error boundary); a page with a translated client component wraps it in <ClientMessages>
// with that component's namespaces. Each namespace sent is serialized into the page's HTML and RSC payload on
// every request, so sending all of them would be a real share of a dashboard's server time.
// tests/unit/client-messages.test.ts checks that every namespace a client component asks for is listed here,
// and the browser tests open every page with such a component.
export const BASE_CLIENT_NAMESPACES = ["errors", "committeePicker"] as const;

/** The namespaces of each translated client component, beyond the base ones. */
export const CLIENT_COMPONENT_NAMESPACES = {
  signInForm: ["auth"],
  figureForms: ["figures", "figureErrors"],
  importPanel: ["imports", "importErrors"],
  treeImportPanel: ["imports", "treeImport"],
  restructureForm: ["restructure", "restructureErrors", "grassrootsType"],
  targetForms: ["resolutions", "status"],
  reportDownload: ["reports"],
  setupImport: ["fileImport", "accountImport", "imports"],
} as const;

export type ClientComponent = keyof typeof CLIENT_COMPONENT_NAMESPACES;

export function clientMessages(messages: Record<string, unknown>, components: readonly ClientComponent[] = []): Record<string, unknown> {
  const namespaces = [...BASE_CLIENT_NAMESPACES, ...components.flatMap((c) => CLIENT_COMPONENT_NAMESPACES[c])];
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
