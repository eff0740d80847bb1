package io.motiv.survey.survey.repository;

import io.motiv.survey.survey.Survey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** Newest first. */
    public Uni<List<Survey>> page(int offset, int size) {
        return findAll(Sort.descending("createdAt").and("id")).range(offset, offset + size - 1).list();
    }
}
