// The client's address, which sign-in throttling counts and the audit trail records. X-Forwarded-For is a list each
// proxy appends to; its last entry is the connection's own address (the app process appends it itself, scripts/lib/next-worker.mjs, so a
// client cannot choose it). Entries before that are believed only as far as CHITIEU_TRUSTED_PROXIES says: a client
// can write any address into the header, and one believed blindly would let anybody escape throttling, while one
// not believed behind a real proxy would make every client share the proxy's address (20 failures would then lock
// sign-in for everybody).
import { BlockList, isIP } from "node:net";
import { getEnv, type Env } from "@/lib/env";

type Trusted = Env["CHITIEU_TRUSTED_PROXIES"];
type HeaderSource = Record<string, string | string[] | undefined> | Headers | undefined;

export function clientIp(headers: HeaderSource, trusted: Trusted = getEnv().CHITIEU_TRUSTED_PROXIES): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers?.[name]);
  const forwarded = get("x-forwarded-for");
  const value = Array.isArray(forwarded) ? forwarded.join(",") : forwarded;
  const chain = (value?.split(",") ?? []).map((s) => plain(s.trim())).filter(Boolean);
  if (chain.length === 0) return "unknown";
  let at = chain.length - 1;
  if (trusted.networks) {
    const proxies = blockList(trusted.networks);
    while (at > 0 && isTrusted(proxies, chain[at]!)) at--;
  } else at = Math.max(0, at - (trusted.count ?? 0));
  return chain[at]!.slice(0, 64);
}

/** "::ffff:203.0.113.9" (an IPv4 client on a dual-stack socket) is 203.0.113.9. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

const lists = new Map<string, BlockList>();

function blockList(networks: readonly string[]): BlockList {
  const key = networks.join(",");
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const network of networks) {
      const [address, bits] = network.split("/");
      const type = isIP(address!) === 4 ? "ipv4" : "ipv6";
      if (bits === undefined) list.addAddress(plain(address!), type);
      else list.addSubnet(address!, Number(bits), type);
    }
    lists.set(key, list);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}
