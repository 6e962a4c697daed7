package io.lsql.core.load;

import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter, so parallel workers that were throttled together don't retry together. */
final class Backoff {

    static final long BASE_MILLIS = 50;
    static final long CAP_MILLIS = 5_000;

    private Backoff() {
    }

    static void sleep(int attempt) throws InterruptedException {
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 16));
        Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }
}
