import { z } from 'zod';
import { id } from './fields';

/** The newsroom's paper switcher. */
export const switchPublicationSchema = z.object({ publicationId: id });
export type SwitchPublicationInput = z.infer<typeof switchPublicationSchema>;
