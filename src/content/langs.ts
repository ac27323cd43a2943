/**
 * The languages of the app. Kept apart from schema.ts so that importing them does not pull zod
 * into the browser bundle (zod probes `Function('')`, which the Content-Security-Policy reports).
 */
export const LANGS = ['de', 'en'] as const
export type Lang = (typeof LANGS)[number]
