"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label, reason }: { label: string; reason?: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: reason ? `/sign-in?reason=${reason}` : "/sign-in" })}
      className="rounded px-2 py-1 hover:bg-party-dark"
    >
      {label}
    </button>
  );
}
