import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/session";

export default async function Home() {
  await requireViewer();
  redirect("/dashboard");
}
