package io.motiv.valuation.support;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs CPU-bound work (a model fit) on a worker thread and hands its result back on the caller's Vert.x context,
 * where the next Hibernate Reactive session can be opened.
 */
public final class OffEventLoop {

    private OffEventLoop() {
    }

    public static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> computed = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        if (context == null) {
            return computed;
        }
        Executor back = command -> context.runOnContext(ignored -> command.run());
        return computed.emitOn(back);
    }
}
