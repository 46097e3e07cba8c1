// The second studio Playwright starts (playwright.config.ts): sign-in on, its first admin
// token known to the tests that sign in to it.
export const TOKEN_PORT = 3101;
export const TOKEN_STUDIO_URL = `http://127.0.0.1:${TOKEN_PORT}`;
export const E2E_ADMIN_TOKEN = "e2e-admin-token-0123456789abcdef";
