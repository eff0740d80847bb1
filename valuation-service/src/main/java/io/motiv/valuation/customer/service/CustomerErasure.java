package io.motiv.valuation.customer.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * GDPR erasure (CustomerErased): the customer's purchase lines, CLV predictions and segment memberships go; their
 * id is remembered so that a replayed event does not bring them back. Segment valuations already computed are
 * aggregates and stay. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class CustomerErasure {

    private static final String[] DELETES = {
            "DELETE FROM purchase_fact WHERE customer_id = :customer",
            "DELETE FROM clv_prediction WHERE customer_id = :customer",
            "DELETE FROM segment_membership WHERE customer_id = :customer",
            "INSERT INTO erased_customer (customer_id, erased_at) VALUES (:customer, now()) ON CONFLICT DO NOTHING"};

    public Uni<Void> erase(UUID customerId) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (String statement : DELETES) {
                chain = chain.chain(() -> session.createNativeQuery(statement).setParameter("customer", customerId).executeUpdate());
            }
            return chain;
        }).replaceWithVoid();
    }
}
