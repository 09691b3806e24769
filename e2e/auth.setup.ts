import { expect, test as setup } from "@playwright/test";
import { ROLES } from "../lib/auth/roles";
import { DEMO_PASSWORD } from "./support/env";
import { DEMO_EMAIL, storageStatePath } from "./support/roles";
import { signInByApi } from "./support/sign-in";

// Signs in each seeded demo account once and stores its session for the specs.
for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ request }) => {
    const response = await signInByApi(request, DEMO_EMAIL[role], DEMO_PASSWORD);
    expect(response.status()).toBe(200);
    const session = await (await request.get("/api/account")).json();
    expect(session.account.role).toBe(role);
    await request.storageState({ path: storageStatePath(role) });
  });
}
