package io.motiv.messaging.testapp;

import io.motiv.events.CloudEvent;
import io.motiv.messaging.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class NoteService {

    private final Outbox outbox;

    public NoteService(Outbox outbox) {
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<CloudEvent> write(String key, int seq) {
        return insertNote(key, seq).chain(() -> outbox.append(Noted.TYPE, key, new Noted(key, seq)));
    }

    @WithTransaction
    public Uni<CloudEvent> writeThenFail(String key) {
        return write(key, 0).chain(event -> Uni.createFrom().failure(new IllegalStateException("rolled back")));
    }

    public Uni<CloudEvent> appendWithoutTransaction(String key) {
        return Panache.withSession(() -> outbox.append(Noted.TYPE, key, new Noted(key, 0)));
    }

    private Uni<Integer> insertNote(String key, int seq) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO note (note_key, seq) VALUES (:key, :seq)")
                .setParameter("key", key)
                .setParameter("seq", seq)
                .executeUpdate());
    }
}
