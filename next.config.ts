import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg'],
  poweredByHeader: false,
};

export default nextConfig;
