import { z } from 'zod';

// The storage settings an operator gives in the environment (README, "Production",
// "Storage"). Checked when a server starts (instrumentation.ts) and whenever a
// script opens a store, so a mistake stops the process with every problem named
// instead of failing at the first upload.

const text = (name: string) => z.string({ error: `${name} is required when STORAGE=s3` }).trim().min(1, `${name} is required when STORAGE=s3`);

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { error: 'S3_FORCE_PATH_STYLE must be true or false' })
  .optional()
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

export const s3SettingsSchema = z.object({
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http(s) URL such as https://oss-cn-hangzhou.aliyuncs.com' })
    .refine((value) => {
      // (Runs after a failed URL check too: only a parsable URL is judged here.)
      const url = URL.canParse(value) ? new URL(value) : null;
      return !url || (!url.search && !url.hash && !url.username && !url.password);
    }, 'S3_ENDPOINT must be a plain origin (no query, fragment or credentials)'),
  S3_REGION: z.string().trim().regex(/^[a-z0-9-]{1,40}$/, 'S3_REGION must look like us-east-1, cn-hangzhou or ap-guangzhou').default('us-east-1'),
  // Bucket names as S3, OSS and COS allow them (COS names end in -<appid>, which fits).
  S3_BUCKET: text('S3_BUCKET').pipe(z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET must be 3–63 lower-case letters, digits, dots or hyphens')),
  S3_ACCESS_KEY_ID: text('S3_ACCESS_KEY_ID'),
  S3_SECRET_ACCESS_KEY: text('S3_SECRET_ACCESS_KEY'),
  S3_FORCE_PATH_STYLE: flag,
});

export const storageSettingsSchema = z.discriminatedUnion('STORAGE', [
  z.object({ STORAGE: z.literal('folder') }),
  s3SettingsSchema.extend({ STORAGE: z.literal('s3') }),
]);

export type StorageSettings = z.infer<typeof storageSettingsSchema>;
