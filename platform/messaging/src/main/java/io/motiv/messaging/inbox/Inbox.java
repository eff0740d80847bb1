package io.motiv.messaging.inbox;

import io.motiv.events.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer: the event id is recorded in the same transaction as the effect, so a
 * redelivered event finds its id and is skipped, and a failed effect leaves no id behind.
 */
@ApplicationScoped
public class Inbox {

    /**
     * @param effect the state change, run inside the transaction (use the Panache session, not a new transaction)
     * @return true if the effect was applied, false if this consumer had already processed the event
     */
    public Uni<Boolean> processOnce(String consumer, CloudEvent event, Supplier<Uni<Void>> effect) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                                INSERT INTO motiv_inbox (consumer, event_id, event_type) VALUES (:consumer, :eventId, :type)
                                ON CONFLICT (consumer, event_id) DO NOTHING""")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("type", event.type())
                        .executeUpdate())
                .chain(inserted -> inserted == 0
                        ? Uni.createFrom().item(false)
                        : effect.get().replaceWith(true)));
    }

    /** Forgets processed ids older than the retention. */
    public Uni<Integer> purge(java.time.Duration retention) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "DELETE FROM motiv_inbox WHERE processed_at < now() - make_interval(secs => :seconds)")
                        .setParameter("seconds", (double) retention.toSeconds())
                        .executeUpdate()));
    }
}
