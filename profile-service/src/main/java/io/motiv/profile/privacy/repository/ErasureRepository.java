package io.motiv.profile.privacy.repository;

import io.motiv.profile.privacy.ErasureRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<ErasureRecord, UUID> {
}
