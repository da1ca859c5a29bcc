import { searchRoute } from '@/components/reader/reader-routes';

export const GET = searchRoute;

// Rendered for each query: its answer depends on the address's parameters.
export const dynamic = 'force-dynamic';
