package io.motiv.valuation.clv.repository;

import io.motiv.valuation.clv.ClvModel;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ClvModelRepository implements PanacheRepositoryBase<ClvModel, UUID> {
}
