package io.motiv.service.api;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs work on a fresh duplicated Vert.x context. GraphQL resolves sibling fields of one object at the same time on
 * the request's context, and a Hibernate Reactive session bound to that context cannot run two queries at once; a
 * field resolver that reads the database wraps its work here to get a session of its own.
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
        return Uni.createFrom().emitter(emitter -> own.runOnContext(ignored -> {
            try {
                work.get().subscribe().with(emitter::complete, emitter::fail);
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }));
    }
}
