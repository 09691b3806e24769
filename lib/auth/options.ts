import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import type { Provider } from "next-auth/providers/index";
import { env, githubSignInEnabled, oidcSignInEnabled } from "../env";
import { signInWithExternalAccount, verifyCredentials } from "./accounts";

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function providers(): Provider[] {
  const list: Provider[] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      // Failed attempts are counted and limited by the route in app/api/auth/[...nextauth].
      authorize: async (credentials) => verifyCredentials(credentials?.email, credentials?.password),
    }),
  ];
  if (githubSignInEnabled) {
    list.push(GitHubProvider({ clientId: env.GITHUB_ID!, clientSecret: env.GITHUB_SECRET! }));
  }
  if (oidcSignInEnabled) {
    list.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile: (profile: { sub: string; email?: string; email_verified?: boolean; name?: string }) => ({
        id: profile.sub,
        // Only a verified address may be linked to an existing account.
        email: profile.email_verified === false ? null : (profile.email ?? null),
        name: profile.name ?? null,
      }),
    });
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/signin", error: "/signin" },
  providers: providers(),
  callbacks: {
    signIn: ({ user, account }) => account?.type === "credentials" || Boolean(user.email),
    async jwt({ token, user, account }) {
      if (account && user) {
        // The token carries only our user id; the role is re-read from the database per request.
        token.sub =
          account.type === "credentials"
            ? user.id
            : (
                await signInWithExternalAccount({
                  provider: account.provider,
                  providerAccountId: account.providerAccountId,
                  email: user.email!,
                  name: user.name ?? null,
                })
              ).id;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "", email: token.email, name: token.name };
      return session;
    },
  },
};
