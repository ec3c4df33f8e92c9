import { getTranslations } from "next-intl/server";
import { ActionForm, TextField, type ActionFormProps } from "@/components/ui/action-form";

type Action = ActionFormProps["action"];

async function recoveryList() {
  const t = await getTranslations("twoFactor");
  return { field: "recoveryCodes", title: t("recoveryTitle"), hint: t("recoveryHint") };
}

/** Two-step verification is on: new recovery codes, or turning it off, each behind the password. */
export async function TwoFactorOn({ regenerate, disable }: { regenerate: Action; disable: Action }) {
  const [t, recovery] = await Promise.all([getTranslations("twoFactor"), recoveryList()]);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <p className="mb-3 font-semibold text-green-800">{t("on")}</p>
        <ActionForm action={regenerate} submitLabel={t("regenerate")} resultList={recovery} variant="secondary">
          <TextField name="password" label={t("password")} type="password" autoComplete="current-password" />
        </ActionForm>
      </section>
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <ActionForm action={disable} submitLabel={t("disable")} variant="danger">
          <TextField name="password" label={t("password")} type="password" autoComplete="current-password" />
        </ActionForm>
      </section>
    </div>
  );
}

/** The secret as a QR code (a data: URL drawn on the server) and as text, and the first code that confirms it. */
export async function TwoFactorEnrol({ qr, secret, confirm }: { qr: string; secret: string; confirm: Action }) {
  const [t, recovery] = await Promise.all([getTranslations("twoFactor"), recoveryList()]);
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <p>{t("scan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server */}
      <img src={qr} alt={t("qrAlt")} width={220} height={220} className="my-3" />
      <p className="text-sm">{t("manualKey")}: <code className="select-all break-all font-mono">{secret}</code></p>
      <div className="mt-4 max-w-sm">
        <ActionForm action={confirm} submitLabel={t("confirm")} resultList={recovery}>
          <TextField name="code" label={t("code")} inputMode="numeric" autoComplete="one-time-code" />
        </ActionForm>
      </div>
    </section>
  );
}

/** The installation-wide rule that administrators must use two-step verification. */
export async function TwoFactorRule({ required, action }: { required: boolean; action: Action }) {
  const t = await getTranslations("twoFactor");
  return (
    <section className="rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-xl font-semibold">{t("adminSetting")}</h2>
      <p className="mb-3">{required ? t("adminSettingOn") : t("adminSettingOff")}</p>
      <ActionForm action={action} submitLabel={required ? t("relax") : t("enforce")} variant="secondary">
        <input type="hidden" name="required" value={required ? "false" : "true"} />
      </ActionForm>
    </section>
  );
}
