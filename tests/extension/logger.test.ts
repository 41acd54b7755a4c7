import { describe, expect, test, vi } from 'vitest';
import { createLogger, type LogSink } from '../../extension/logging/logger.ts';

function createSink(): LogSink {
  return { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

describe('extension logger', () => {
  test('is silent except for warnings and errors while debug logging is off', () => {
    const sink = createSink();
    const logger = createLogger({ scope: 'orders', isDebugEnabled: () => false, sink });

    logger.debug('anchor found');
    logger.info('panel mounted');
    logger.warn('slow page');
    logger.error('feature failed', new Error('boom'));

    expect(sink.debug).not.toHaveBeenCalled();
    expect(sink.info).not.toHaveBeenCalled();
    expect(sink.warn).toHaveBeenCalledWith('[Kayistra:orders]', 'slow page');
    expect(sink.error).toHaveBeenCalledWith(
      '[Kayistra:orders]',
      'feature failed',
      expect.any(Error),
    );
  });

  test('follows the debug switch as it changes, in child loggers too', () => {
    const sink = createSink();
    let isDebugEnabled = false;
    const logger = createLogger({ scope: 'orders', isDebugEnabled: () => isDebugEnabled, sink });
    const child = logger.child('order-label-panel');

    child.debug('before');
    isDebugEnabled = true;
    child.debug('after', { count: 2 });

    expect(sink.debug).toHaveBeenCalledTimes(1);
    expect(sink.debug).toHaveBeenCalledWith('[Kayistra:orders:order-label-panel]', 'after', {
      count: 2,
    });
  });
});
