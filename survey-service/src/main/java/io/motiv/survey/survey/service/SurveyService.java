package io.motiv.survey.survey.service;

import io.motiv.survey.survey.Survey;
import io.motiv.survey.survey.repository.SurveyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SurveyService {

    private final SurveyRepository repository;

    public SurveyService(SurveyRepository repository) {
        this.repository = repository;
    }

    @WithSession
    public Uni<Survey> findById(UUID id) {
        return repository.findById(id);
    }
}
