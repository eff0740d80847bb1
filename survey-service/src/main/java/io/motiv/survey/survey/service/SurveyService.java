package io.motiv.survey.survey.service;

import io.motiv.service.api.ConflictException;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.motiv.survey.instrument.repository.InstrumentRepository;
import io.motiv.survey.instrument.service.InstrumentService;
import io.motiv.survey.survey.Survey;
import io.motiv.survey.survey.SurveyStatus;
import io.motiv.survey.survey.repository.SurveyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SurveyService {

    private static final int MAX_TITLE = 200;

    private final SurveyRepository surveys;
    private final InstrumentRepository instruments;
    private final InstrumentService instrumentService;

    public SurveyService(SurveyRepository surveys, InstrumentRepository instruments, InstrumentService instrumentService) {
        this.surveys = surveys;
        this.instruments = instruments;
        this.instrumentService = instrumentService;
    }

    @WithSession
    public Uni<Survey> findById(UUID id) {
        return surveys.findById(id);
    }

    /** One page of surveys, newest first, with the number of all surveys. */
    @WithSession
    public Uni<Page> page(int offset, int size) {
        return surveys.page(offset, size).chain(list -> surveys.count().map(total -> new Page(list, total)));
    }

    public record Page(List<Survey> surveys, long total) {
    }

    @WithTransaction
    public Uni<Survey> create(String title, UUID instrumentId) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            return Uni.createFrom().failure(new ValidationException("title", "must be 1-" + MAX_TITLE + " characters"));
        }
        return instrumentService.load(instrumentId).chain(definition -> {
            Survey survey = new Survey();
            survey.id = UUID.randomUUID();
            survey.title = title.strip();
            survey.status = SurveyStatus.DRAFT;
            survey.instrumentId = instrumentId;
            survey.createdAt = now();
            return surveys.persist(survey);
        });
    }

    /** Opens the survey for responses and freezes its instrument. */
    @WithTransaction
    public Uni<Survey> publish(UUID id) {
        return existing(id).chain(survey -> {
            if (survey.status != SurveyStatus.DRAFT) {
                return Uni.createFrom().failure(new ConflictException("survey " + id + " is " + survey.status
                        + "; only a DRAFT survey can be published"));
            }
            survey.status = SurveyStatus.PUBLISHED;
            survey.publishedAt = now();
            return instruments.findById(survey.instrumentId)
                    .invoke(instrument -> instrument.frozen = true)
                    .replaceWith(survey);
        });
    }

    @WithTransaction
    public Uni<Survey> close(UUID id) {
        return existing(id).chain(survey -> {
            if (survey.status != SurveyStatus.PUBLISHED) {
                return Uni.createFrom().failure(new ConflictException("survey " + id + " is " + survey.status
                        + "; only a PUBLISHED survey can be closed"));
            }
            survey.status = SurveyStatus.CLOSED;
            survey.closedAt = now();
            return Uni.createFrom().item(survey);
        });
    }

    private Uni<Survey> existing(UUID id) {
        return surveys.findById(id).onItem().ifNull().failWith(() -> new NotFoundException("survey", id.toString()));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
