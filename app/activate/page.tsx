import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { activate } from "./actions";

// A one-time link (`npm run setup -- --link`) carries the username and the code; a code from a list is typed.
const query = z.object({ u: z.string().max(64).optional().catch(undefined), code: z.string().max(40).optional().catch(undefined) });

/** An account set up without a password chooses its own with its one-time activation code, then signs in. */
export default async function ActivatePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = query.parse(await searchParams);
  const [t, tAuth, tAccount] = await Promise.all([getTranslations("activation"), getTranslations("auth"), getTranslations("account")]);
  return (
    <section className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-stone-600">{t("intro")}</p>
      <ActionForm action={activate} submitLabel={t("submit")} redirectTo="/sign-in?reason=activated">
        <TextField name="username" label={tAuth("username")} defaultValue={params.u} autoComplete="username" autoCapitalize="none" spellCheck={false} required />
        <TextField name="code" label={t("code")} defaultValue={params.code} autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} hint={t("codeHint")} required />
        <TextField name="newPassword" label={tAccount("newPassword")} type="password" autoComplete="new-password" hint={tAccount("passwordRules")} required />
        <TextField name="confirmPassword" label={tAccount("confirmPassword")} type="password" autoComplete="new-password" required />
      </ActionForm>
    </section>
  );
}
