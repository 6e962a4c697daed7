package io.lsql.core.load;

/** Caps items per second across all workers (0 = no cap); callers block until they may send. */
final class RateLimiter {

    private final double perSecond;
    private double nextFreeNanos;

    RateLimiter(int perSecond) {
        this.perSecond = perSecond;
        this.nextFreeNanos = System.nanoTime();
    }

    void acquire(int items) throws InterruptedException {
        if (perSecond <= 0) {
            return;
        }
        long waitNanos;
        synchronized (this) {
            double now = System.nanoTime();
            double start = Math.max(now, nextFreeNanos);
            nextFreeNanos = start + items * 1e9 / perSecond;
            waitNanos = (long) (start - now);
        }
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }
}
