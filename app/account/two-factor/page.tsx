import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { ActionForm, TextField } from "@/components/ui/action-form";
import { getTwoFactorState } from "@/lib/accounts/queries";
import { requireViewer } from "@/lib/auth/session";
import { totpUri } from "@/lib/auth/totp";
import { confirmTotp, disableTotp, regenerateRecoveryCodes, setRequireTotpForAdmins, startTotp } from "./actions";

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const viewer = await requireViewer({ allowMissingTotp: true });
  const [t, { user, required, scopeIsRoot }] = await Promise.all([getTranslations("twoFactor"), getTwoFactorState(viewer)]);
  // The QR code is drawn here, on the server, from the secret: nothing leaves the network.
  const qr = !user.totpEnabled && user.totpSecret ? await QRCode.toDataURL(totpUri(user.totpSecret, viewer.username), { margin: 1, width: 220 }) : null;
  const recovery = { field: "recoveryCodes", title: t("recoveryTitle"), hint: t("recoveryHint") };
  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
        {(await searchParams).required && !user.totpEnabled && <p role="alert" className="mt-3 rounded bg-amber-50 p-3 text-amber-900">{t("required")}</p>}
      </section>
      {user.totpEnabled ? (
        <div className="grid gap-6 md:grid-cols-2">
          <section className="rounded-lg bg-white p-5 shadow-sm">
            <p className="mb-3 font-semibold text-green-800">{t("on")}</p>
            <ActionForm action={regenerateRecoveryCodes} submitLabel={t("regenerate")} resultList={recovery} variant="secondary">
              <TextField name="password" label={t("password")} type="password" autoComplete="current-password" />
            </ActionForm>
          </section>
          <section className="rounded-lg bg-white p-5 shadow-sm">
            <ActionForm action={disableTotp} submitLabel={t("disable")} variant="danger">
              <TextField name="password" label={t("password")} type="password" autoComplete="current-password" />
            </ActionForm>
          </section>
        </div>
      ) : qr ? (
        <section className="rounded-lg bg-white p-5 shadow-sm">
          <p>{t("scan")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server */}
          <img src={qr} alt={t("qrAlt")} width={220} height={220} className="my-3" />
          <p className="text-sm">{t("manualKey")}: <code className="select-all break-all font-mono">{user.totpSecret}</code></p>
          <div className="mt-4 max-w-sm">
            <ActionForm action={confirmTotp} submitLabel={t("confirm")} resultList={recovery}>
              <TextField name="code" label={t("code")} inputMode="numeric" autoComplete="one-time-code" />
            </ActionForm>
          </div>
        </section>
      ) : (
        <section className="rounded-lg bg-white p-5 shadow-sm">
          <ActionForm action={startTotp} submitLabel={t("start")}><span /></ActionForm>
        </section>
      )}
      {viewer.role === "ADMIN" && scopeIsRoot && (
        <section className="rounded-lg bg-white p-5 shadow-sm">
          <h2 className="text-xl font-semibold">{t("adminSetting")}</h2>
          <p className="mb-3">{required ? t("adminSettingOn") : t("adminSettingOff")}</p>
          <ActionForm action={setRequireTotpForAdmins} submitLabel={required ? t("relax") : t("enforce")} variant="secondary">
            <input type="hidden" name="required" value={required ? "false" : "true"} />
          </ActionForm>
        </section>
      )}
    </div>
  );
}
