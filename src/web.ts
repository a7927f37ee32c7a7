/**
 * The entry point of the Web Crypto build (`calcha/web`, and `calcha` under
 * the `workerd`, `worker`, `edge-light` and `browser` export conditions): the
 * same API, built with the `calcha-web` condition, under which `#crypto` is
 * the Web Crypto implementation (src/token/crypto/web.ts).
 */
export * from './index.js';
