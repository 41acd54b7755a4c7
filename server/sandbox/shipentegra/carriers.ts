import { replySuccess, type StandInReply } from './envelope.ts';
import type { RouteContext } from './router.ts';
import { labelPathOf, STAND_IN_SERVICES } from './services.ts';

/**
 * `GET /v1/users/carriers`: which label endpoint and `specialService` each service needs. The
 * client routes labels from this list, so the stand-in's routing must agree with it.
 */
export function handleCarriersRequest(context: RouteContext): StandInReply {
  const carriers = STAND_IN_SERVICES.map((service) => ({
    title: service.clearServiceName,
    value: service.serviceName,
    info: { url: labelPathOf(service.endpoint), specialService: service.specialService },
  }));

  return replySuccess(carriers, context.now);
}
