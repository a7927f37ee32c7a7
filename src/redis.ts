/**
 * calcha/redis: a replay store shared by every server, in Redis.
 */
export {
  DEFAULT_REDIS_TIMEOUT,
  type IoRedisLike,
  type NodeRedisLike,
  type RedisStoreOptions,
  redisStore,
} from './stores/redis.js';
