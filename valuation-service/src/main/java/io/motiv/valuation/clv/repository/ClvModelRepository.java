package io.motiv.valuation.clv.repository;

import io.motiv.valuation.clv.ClvModel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ClvModelRepository implements PanacheRepositoryBase<ClvModel, UUID> {

    /** Newest first. */
    public Uni<List<ClvModel>> page(int offset, int size) {
        return findAll(Sort.descending("createdAt").and("id")).range(offset, offset + size - 1).list();
    }
}
