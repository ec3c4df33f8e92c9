// Hands the browser the messages of the translated client components inside it (see lib/i18n/client-messages.ts).
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type ClientComponent } from "@/lib/i18n/client-messages";

export async function ClientMessages({ components, children }: { components: readonly ClientComponent[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), components)}>{children}</NextIntlClientProvider>;
}
