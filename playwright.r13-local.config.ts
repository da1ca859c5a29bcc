// Local only, not committed: the base config with the demo server started under
// --conditions=react-server (this branch's base imports server-only from the seed).
import base from './playwright.config';
const PORT = Number(process.env.E2E_PORT ?? 3100);
export default {
  ...base,
  webServer: [{ command: 'npx tsx --conditions=react-server scripts/e2e-server.ts', url: `http://127.0.0.1:${PORT}/login`, reuseExistingServer: true, timeout: 180_000, stdout: 'ignore' as const, stderr: 'pipe' as const }],
};
