import QRCode from "qrcode";
import { getTranslations } from "next-intl/server";
import { TwoFactorEnrol, TwoFactorOn, TwoFactorRule } from "@/components/accounts/two-factor-sections";
import { ActionForm } from "@/components/ui/action-form";
import { getTwoFactorState } from "@/lib/accounts/queries";
import { requireViewer } from "@/lib/auth/session";
import { totpUri } from "@/lib/auth/totp";
import { confirmTotp, disableTotp, regenerateRecoveryCodes, setRequireTotpForAdmins, startTotp } from "./actions";

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ required?: string }> }) {
  const viewer = await requireViewer({ allowMissingTotp: true });
  const [t, { user, required, scopeIsRoot }] = await Promise.all([getTranslations("twoFactor"), getTwoFactorState(viewer)]);
  // The QR code is drawn here, on the server, from the secret: nothing leaves the network.
  const qr = !user.totpEnabled && user.totpSecret ? await QRCode.toDataURL(totpUri(user.totpSecret, viewer.username), { margin: 1, width: 220 }) : null;
  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-5 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-stone-700">{t("intro")}</p>
        {(await searchParams).required && !user.totpEnabled && <p role="alert" className="mt-3 rounded bg-amber-50 p-3 text-amber-900">{t("required")}</p>}
      </section>
      {user.totpEnabled ? <TwoFactorOn regenerate={regenerateRecoveryCodes} disable={disableTotp} />
        : qr && user.totpSecret ? <TwoFactorEnrol qr={qr} secret={user.totpSecret} confirm={confirmTotp} /> : (
          <section className="rounded-lg bg-white p-5 shadow-sm">
            <ActionForm action={startTotp} submitLabel={t("start")}><span /></ActionForm>
          </section>
        )}
      {viewer.role === "ADMIN" && scopeIsRoot && <TwoFactorRule required={required} action={setRequireTotpForAdmins} />}
    </div>
  );
}
