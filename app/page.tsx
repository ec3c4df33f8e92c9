import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";

export default async function Home() {
  const viewer = await requireViewer();
  redirect(`/committees/${viewer.scopeCommitteeId}`);
}
