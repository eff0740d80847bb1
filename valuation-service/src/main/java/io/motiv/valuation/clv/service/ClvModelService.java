package io.motiv.valuation.clv.service;

import io.motiv.valuation.clv.ClvModel;
import io.motiv.valuation.clv.repository.ClvModelRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ClvModelService {

    private final ClvModelRepository repository;

    public ClvModelService(ClvModelRepository repository) {
        this.repository = repository;
    }

    @WithSession
    public Uni<ClvModel> findById(UUID id) {
        return repository.findById(id);
    }
}
