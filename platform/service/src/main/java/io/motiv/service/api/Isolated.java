package io.motiv.service.api;

import io.opentelemetry.context.Scope;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs work on a fresh duplicated Vert.x context. GraphQL resolves sibling fields of one object at the same time on
 * the request's context, and a Hibernate Reactive session bound to that context cannot run two queries at once; a
 * field resolver that reads the database wraps its work here to get a session of its own. The current trace
 * context comes along, so spans and outbox events of the work stay in the request's trace.
 */
public final class Isolated {

    private Isolated() {
    }

    public static <T> Uni<T> onOwnContext(Supplier<Uni<T>> work) {
        Context current = Vertx.currentContext();
        if (current == null) {
            return Uni.createFrom().deferred(work::get);
        }
        Context own = VertxContext.createNewDuplicatedContext(current);
        // A context no other operation shares: what Hibernate Reactive Panache requires to bind a session to it.
        VertxContextSafetyToggle.setContextSafe(own, true);
        // The trace lives in the request's context's locals, which a new duplicated context does not inherit.
        io.opentelemetry.context.Context trace = io.opentelemetry.context.Context.current();
        return Uni.createFrom().emitter(emitter -> own.runOnContext(ignored -> {
            Scope scope = trace.makeCurrent();
            try {
                work.get().subscribe().with(
                        item -> {
                            scope.close();
                            emitter.complete(item);
                        },
                        failure -> {
                            scope.close();
                            emitter.fail(failure);
                        });
            } catch (RuntimeException e) {
                scope.close();
                emitter.fail(e);
            }
        }));
    }
}
