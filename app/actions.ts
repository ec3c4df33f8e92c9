"use server";
// App-wide actions: the language switch.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";

const localeSchema = z.enum(LOCALES);

// `unknown`: a hand-made request may send anything in place of the form.
export async function setLocale(formData: unknown): Promise<void> {
  const parsed = localeSchema.safeParse(formData instanceof FormData ? formData.get("locale") : undefined);
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", httpOnly: true, maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
}
