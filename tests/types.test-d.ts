import type { Redis } from 'ioredis';
import type { createClient } from 'redis';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Captcha,
  type Challenge,
  type ChallengeJson,
  createCaptcha,
  describeRefusal,
  type FormRefusalReason,
  type FormVerifyResult,
  type Locale,
  memoryStore,
  negotiateLocale,
  type RefusalReason,
  type ReplayStore,
  resolveLocale,
  type VerifyResult,
} from '../src/index.ts';
import { redisStore } from '../src/redis.ts';

describe('public types', () => {
  it('verify results narrow on ok and reason', () => {
    expectTypeOf<Captcha['verify']>().returns.resolves.toEqualTypeOf<VerifyResult>();
    const result = {} as VerifyResult;
    if (!result.ok) {
      expectTypeOf(result.reason).toEqualTypeOf<RefusalReason>();
      if (result.reason === 'store-error') expectTypeOf(result.error).toBeUnknown();
    }
    const form = {} as FormVerifyResult;
    if (!form.ok) expectTypeOf(form.reason).toEqualTypeOf<FormRefusalReason>();
  });

  it('a challenge names its locale and direction', () => {
    expectTypeOf<Challenge['locale']>().toEqualTypeOf<Locale>();
    expectTypeOf<Challenge['dir']>().toEqualTypeOf<'ltr' | 'rtl'>();
    expectTypeOf<ChallengeJson>().toMatchTypeOf<Challenge>();
    expectTypeOf<Locale>().toMatchTypeOf<string>();
    expectTypeOf(resolveLocale).returns.toEqualTypeOf<Locale | undefined>();
    // Without a fallback nothing is chosen for the site: the compiler makes it choose.
    expectTypeOf(negotiateLocale('en')).toEqualTypeOf<Locale | undefined>();
    expectTypeOf(negotiateLocale('en', 'en-GB')).toEqualTypeOf<Locale>();
  });

  it('options take only what they accept', () => {
    createCaptcha({
      secret: 'x',
      operations: ['+', '*'],
      words: 'words',
      digits: 'latin',
      store: false,
    });
    createCaptcha({ secret: [new Uint8Array(32), 'y'], store: memoryStore({ capacity: 10 }) });
    // @ts-expect-error: no such operation
    createCaptcha({ secret: 'x', operations: ['%'] });
    // @ts-expect-error: no such mode
    createCaptcha({ secret: 'x', words: 'some' });
    // @ts-expect-error: the secret is required
    createCaptcha({ locale: 'fr' });
    // @ts-expect-error: a store needs consume
    createCaptcha({ secret: 'x', store: {} });
  });

  it('describeRefusal takes every form reason', () => {
    expectTypeOf(describeRefusal).parameter(0).toEqualTypeOf<FormRefusalReason>();
    expectTypeOf(describeRefusal('honeypot', 'fr')).toBeString();
  });

  it('redisStore takes node-redis and ioredis clients', () => {
    expectTypeOf(
      redisStore({ client: {} as ReturnType<typeof createClient> }),
    ).toEqualTypeOf<ReplayStore>();
    expectTypeOf(redisStore({ client: {} as Redis })).toEqualTypeOf<ReplayStore>();
  });
});
