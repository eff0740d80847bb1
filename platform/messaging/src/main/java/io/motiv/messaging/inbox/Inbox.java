package io.motiv.messaging.inbox;

import io.motiv.events.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Applies an event at most once per consumer: the event id is recorded in the same transaction as the effect, so a
 * redelivered event finds its id and is skipped, and a failed effect leaves no id behind.
 */
@ApplicationScoped
public class Inbox {

    private static final String BATCH_INSERT = """
            WITH inserted AS (
                INSERT INTO motiv_inbox (consumer, event_id, event_type)
                SELECT :consumer, id, type FROM unnest(CAST(:ids AS text[]), CAST(:types AS text[])) AS e(id, type)
                ON CONFLICT (consumer, event_id) DO NOTHING
                RETURNING event_id)
            SELECT event_id FROM inserted""";

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

    /**
     * The batch form of {@link #processOnce}: records all event ids in one statement and applies the effect to those
     * this consumer had not processed yet, in the same transaction.
     *
     * @param effect the state change for the new events (never called with an empty list)
     * @return how many events were new and applied
     */
    public Uni<Integer> processBatchOnce(String consumer, List<CloudEvent> events, Function<List<CloudEvent>, Uni<Void>> effect) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String[] ids = events.stream().map(CloudEvent::id).toArray(String[]::new);
        String[] types = events.stream().map(CloudEvent::type).toArray(String[]::new);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(BATCH_INSERT, String.class)
                        .setParameter("consumer", consumer)
                        .setParameter("ids", ids)
                        .setParameter("types", types)
                        .getResultList())
                .chain(inserted -> {
                    Set<String> fresh = new HashSet<>(inserted);
                    // A batch may carry the same event twice (a redelivery): apply it once.
                    Set<String> taken = new HashSet<>();
                    List<CloudEvent> toApply = events.stream()
                            .filter(event -> fresh.contains(event.id()) && taken.add(event.id()))
                            .toList();
                    return toApply.isEmpty() ? Uni.createFrom().item(0) : effect.apply(toApply).replaceWith(toApply.size());
                }));
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
