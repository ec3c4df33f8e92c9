import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Built per request so that `next build` needs no secret or database.
const handler: Handler = (req, ctx) => (NextAuth(getAuthOptions(req)) as Handler)(req, ctx);

export { handler as GET, handler as POST };
