"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server HTML and until React has hydrated: forms keep their submit button disabled until then,
 * so a click before the JavaScript runs cannot submit natively (a GET would put a password in the URL).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
