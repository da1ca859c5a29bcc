import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg'],
  poweredByHeader: false,
  // forbidden() answers a wrong role with a real 403 page.
  experimental: { authInterrupts: true },
};

export default nextConfig;
