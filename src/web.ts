/**
 * The entry point of the Web Crypto build (`calcha/web`, and `calcha` under
 * the `workerd`, `worker`, `edge-light` and `browser` export conditions): the
 * same API, built with `crypto-web.ts` in place of `crypto.ts`.
 */
export * from './index.js';
