// The second studio Playwright starts (playwright.config.ts): sign-in on, its first admin
// token known to the tests that sign in to it.
export const TOKEN_PORT = 3101;
export const TOKEN_STUDIO_URL = `http://127.0.0.1:${TOKEN_PORT}`;
export const E2E_ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";

// A second web process of that studio (same database, same AUTH_SECRET), as a cluster runs
// several behind a load balancer: a session begun on one is valid on the other.
export const TOKEN_WEB2_PORT = 3102;
export const TOKEN_WEB2_URL = `http://127.0.0.1:${TOKEN_WEB2_PORT}`;
export const E2E_AUTH_SECRET = "e2e-auth-secret-shared-by-both-web-processes-0123456789";
export const TOKEN_PG_PORT = 54340;
