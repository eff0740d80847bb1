package io.motiv.survey.response.service;

import io.motiv.events.EventTypes;
import io.motiv.events.survey.ResponseQuality;
import io.motiv.events.survey.ValueScores;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.service.api.ApiException;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.ConsentRequiredException;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.motiv.survey.SurveyConfig;
import io.motiv.survey.customer.KnownCustomer;
import io.motiv.survey.customer.repository.KnownCustomerRepository;
import io.motiv.survey.instrument.service.InstrumentDefinition;
import io.motiv.survey.instrument.service.InstrumentService;
import io.motiv.survey.response.SurveyResponse;
import io.motiv.survey.response.repository.SurveyResponseRepository;
import io.motiv.survey.scoring.ScoringException;
import io.motiv.survey.scoring.ValuesScore;
import io.motiv.survey.survey.Survey;
import io.motiv.survey.survey.SurveyStatus;
import io.motiv.survey.survey.repository.SurveyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ResponseService {

    private static final int MAX_CLIENT_ID = 128;
    /** Clocks drift; a completion a little in the future is accepted, a day ahead is not. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SurveyRepository surveys;
    private final SurveyResponseRepository responses;
    private final KnownCustomerRepository customers;
    private final InstrumentService instruments;
    private final Outbox outbox;
    private final SurveyConfig config;

    public ResponseService(SurveyRepository surveys, SurveyResponseRepository responses, KnownCustomerRepository customers,
                           InstrumentService instruments, Outbox outbox, SurveyConfig config) {
        this.surveys = surveys;
        this.responses = responses;
        this.customers = customers;
        this.instruments = instruments;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * Validates, scores and stores a response and publishes its {@code ValuesProfileScored} event in the same
     * transaction. A second submission with the same clientResponseId returns the first, unchanged.
     */
    @WithTransaction
    public Uni<Submission> submit(SubmitResponse command) {
        Map<String, Integer> answers;
        try {
            answers = validate(command);
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        return openSurvey(command.surveyId())
                .chain(survey -> responses.findByClientResponseId(survey.id, command.clientResponseId())
                        .chain(existing -> existing != null
                                ? Uni.createFrom().item(new Submission(existing, true))
                                : consentingCustomer(command)
                                .chain(customer -> instruments.load(survey.instrumentId)
                                        .chain(instrument -> store(survey, customer, instrument, answers, command)))
                                .map(stored -> new Submission(stored, false))));
    }

    /**
     * Submits a batch in one transaction, each item as {@link #submit} would (the same validation, the same errors in
     * the same order, idempotent on clientResponseId, one {@code ValuesProfileScored} per stored response), with one
     * statement each for the surveys, the earlier submissions and the customers. An item repeating an earlier item's
     * clientResponseId (for the same survey) is a duplicate of it. A failed item stores nothing; the others are stored.
     *
     * @param commands a null command is an item that already failed (the caller answers it with its failure)
     * @return per command, in order: the submission, or the failure (null for a null command)
     */
    @WithTransaction
    public Uni<List<Outcome>> submitAll(List<SubmitResponse> commands) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Map<String, Integer>> answers = new ArrayList<>();
        for (SubmitResponse command : commands) {
            try {
                answers.add(command == null ? null : validate(command));
                outcomes.add(null);
            } catch (ValidationException e) {
                answers.add(null);
                outcomes.add(Outcome.failed(e));
            }
        }
        List<SubmitResponse> valid = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i) != null && outcomes.get(i) == null) {
                valid.add(commands.get(i));
            }
        }
        if (valid.isEmpty()) {
            return Uni.createFrom().item(outcomes);
        }
        Set<UUID> surveyIds = valid.stream().map(SubmitResponse::surveyId).collect(Collectors.toSet());
        Set<String> clientIds = valid.stream().map(SubmitResponse::clientResponseId).collect(Collectors.toSet());
        Set<UUID> customerIds = valid.stream().map(SubmitResponse::customerId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> refs = valid.stream().filter(c -> c.customerId() == null).map(SubmitResponse::externalRef).collect(Collectors.toSet());
        BatchContext batch = new BatchContext();
        // one statement after the other: a reactive session runs one at a time
        return surveys.list("id in ?1", surveyIds).invoke(found -> found.forEach(survey -> batch.surveys.put(survey.id, survey)))
                .chain(() -> responses.list("surveyId in ?1 and clientResponseId in ?2", surveyIds, clientIds))
                .invoke(found -> found.forEach(response -> batch.submitted.put(List.of(response.surveyId, response.clientResponseId), response)))
                .chain(() -> customerIds.isEmpty() ? Uni.createFrom().item(List.<KnownCustomer>of()) : customers.list("customerId in ?1", customerIds))
                .invoke(found -> found.forEach(customer -> batch.byId.put(customer.customerId, customer)))
                .chain(() -> refs.isEmpty() ? Uni.createFrom().item(List.<KnownCustomer>of()) : customers.list("externalRef in ?1", refs))
                .invoke(found -> found.forEach(customer -> batch.byRef.put(List.of(customer.externalSource, customer.externalRef), customer)))
                .chain(() -> Multi.createFrom().iterable(batch.surveys.values().stream().map(survey -> survey.instrumentId).distinct().toList())
                        .onItem().transformToUniAndConcatenate(instruments::load)
                        .invoke(instrument -> batch.instruments.put(instrument.instrument().id, instrument))
                        .collect().asList())
                .chain(() -> storeAll(commands, answers, outcomes, batch));
    }

    private Uni<List<Outcome>> storeAll(List<SubmitResponse> commands, List<Map<String, Integer>> answers,
                                        List<Outcome> outcomes, BatchContext batch) {
        List<SurveyResponse> stored = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            SubmitResponse command = commands.get(i);
            if (command == null || outcomes.get(i) != null) {
                continue;
            }
            try {
                Survey survey = batch.surveys.get(command.surveyId());
                requireOpen(survey, command.surveyId());
                List<Object> key = List.of(survey.id, command.clientResponseId());
                SurveyResponse earlier = batch.submitted.get(key);
                if (earlier != null) {
                    outcomes.set(i, new Outcome(new Submission(earlier, true), null));
                    continue;
                }
                KnownCustomer customer = command.customerId() != null ? batch.byId.get(command.customerId())
                        : batch.byRef.get(List.of(command.externalSource(), command.externalRef()));
                requireConsenting(customer, command);
                SurveyResponse response = scored(survey, customer, batch.instruments.get(survey.instrumentId), answers.get(i), command);
                batch.submitted.put(key, response);
                stored.add(response);
                outcomes.set(i, new Outcome(new Submission(response, false), null));
            } catch (ApiException e) {
                outcomes.set(i, Outcome.failed(e));
            }
        }
        if (stored.isEmpty()) {
            return Uni.createFrom().item(outcomes);
        }
        return responses.persist(stored)
                .chain(() -> Multi.createFrom().iterable(stored).onItem().transformToUniAndConcatenate(this::publish).collect().last())
                .replaceWith(outcomes);
    }

    /** What became of one item of {@link #submitAll}: its submission, or why it failed. */
    public record Outcome(Submission submission, ApiException failure) {
        static Outcome failed(ApiException failure) {
            return new Outcome(null, failure);
        }
    }

    /** What one batch looked up, by key. */
    private static final class BatchContext {
        final Map<UUID, Survey> surveys = new HashMap<>();
        final Map<List<Object>, SurveyResponse> submitted = new HashMap<>();
        final Map<UUID, KnownCustomer> byId = new HashMap<>();
        final Map<List<String>, KnownCustomer> byRef = new HashMap<>();
        final Map<UUID, InstrumentDefinition> instruments = new HashMap<>();
    }

    /** NOT_FOUND for an unknown survey, CONFLICT for one that is not open for responses. */
    @WithSession
    public Uni<Void> requireOpen(UUID surveyId) {
        return openSurvey(surveyId).replaceWithVoid();
    }

    @WithSession
    public Uni<SurveyResponse> findSubmitted(UUID surveyId, String clientResponseId) {
        return responses.findByClientResponseId(surveyId, clientResponseId);
    }

    private Uni<SurveyResponse> store(Survey survey, KnownCustomer customer, InstrumentDefinition instrument,
                                      Map<String, Integer> answers, SubmitResponse command) {
        SurveyResponse response;
        try {
            response = scored(survey, customer, instrument, answers, command);
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        return responses.persist(response).call(this::publish);
    }

    private Uni<Void> publish(SurveyResponse stored) {
        return outbox.append(EventTypes.VALUES_PROFILE_SCORED, stored.customerId.toString(), event(stored)).replaceWithVoid();
    }

    /** The scored response, not stored yet; VALIDATION when the answers cannot be scored. */
    private SurveyResponse scored(Survey survey, KnownCustomer customer, InstrumentDefinition instrument,
                                  Map<String, Integer> answers, SubmitResponse command) {
        ValuesScore score;
        try {
            Duration completion = command.startedAt() != null && command.completedAt() != null
                    ? Duration.between(command.startedAt(), command.completedAt()) : null;
            score = instrument.scorer(config.quality().rules()).score(answers, completion);
        } catch (ScoringException e) {
            throw new ValidationException(e.field(), e.getMessage());
        }
        return newResponse(survey, customer, instrument, answers, command, score);
    }

    private Uni<Survey> openSurvey(UUID surveyId) {
        return surveys.findById(surveyId).invoke(survey -> requireOpen(survey, surveyId));
    }

    /** NOT_FOUND for no survey, CONFLICT for one that is not open for responses. */
    private static void requireOpen(Survey survey, UUID surveyId) {
        if (survey == null) {
            throw new NotFoundException("survey", surveyId.toString());
        }
        if (survey.status == SurveyStatus.DRAFT) {
            throw new ConflictException("survey " + surveyId + " is not published yet");
        }
        if (survey.status == SurveyStatus.CLOSED) {
            throw new ConflictException("survey " + surveyId + " is closed");
        }
    }

    private Uni<KnownCustomer> consentingCustomer(SubmitResponse command) {
        Uni<KnownCustomer> found = command.customerId() != null
                ? customers.findById(command.customerId())
                : customers.findByExternalRef(command.externalSource(), command.externalRef());
        return found.invoke(customer -> requireConsenting(customer, command));
    }

    /** NOT_FOUND for no (or an erased) customer, CONSENT_REQUIRED without VALUES_SURVEY consent. */
    private static void requireConsenting(KnownCustomer customer, SubmitResponse command) {
        String described = command.customerId() != null ? command.customerId().toString()
                : command.externalSource() + "/" + command.externalRef();
        if (customer == null || customer.isErased()) {
            throw new NotFoundException("customer", described);
        }
        if (!customer.mayAnswerValuesSurveys()) {
            throw new ConsentRequiredException("customer " + described
                    + " has not given VALUES_SURVEY consent: values answers can reveal beliefs (GDPR art. 9)");
        }
    }

    private static SurveyResponse newResponse(Survey survey, KnownCustomer customer, InstrumentDefinition instrument,
                                              Map<String, Integer> answers, SubmitResponse command, ValuesScore score) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.surveyId = survey.id;
        response.customerId = customer.customerId;
        response.clientResponseId = command.clientResponseId();
        response.instrument = instrument.instrument().reference();
        response.answers = answers;
        response.startedAt = micros(command.startedAt());
        response.completedAt = micros(command.completedAt());
        response.submittedAt = micros(Instant.now());
        response.rawScores = score.raw();
        response.centredScores = score.centred();
        response.higherOrderRaw = score.higherOrderRaw();
        response.higherOrderCentred = score.higherOrderCentred();
        response.mrat = score.mrat();
        response.answeredItems = score.quality().answeredItems();
        response.missingItems = score.quality().missingItems();
        response.tooManyMissing = score.quality().tooManyMissing();
        response.straightLining = score.quality().straightLining();
        response.tooFast = score.quality().tooFast();
        response.flagged = score.quality().flagged();
        return response;
    }

    static ValuesProfileScored event(SurveyResponse response) {
        return new ValuesProfileScored(response.customerId.toString(), response.id.toString(),
                response.surveyId.toString(), response.instrument,
                new ValueScores(response.rawScores, response.centredScores),
                new ValueScores(response.higherOrderRaw, response.higherOrderCentred), response.mrat,
                new ResponseQuality(response.answeredItems, response.missingItems, response.tooManyMissing,
                        response.straightLining, response.tooFast),
                response.answeredAt());
    }

    private static Map<String, Integer> validate(SubmitResponse command) {
        boolean byId = command.customerId() != null;
        boolean byRef = command.externalSource() != null || command.externalRef() != null;
        if (byId == byRef) {
            throw new ValidationException("customer", "give either id or externalRef, not both and not neither");
        }
        if (byRef && (isBlank(command.externalSource()) || isBlank(command.externalRef()))) {
            throw new ValidationException("customer.externalRef", "needs both source and ref");
        }
        if (isBlank(command.clientResponseId()) || command.clientResponseId().length() > MAX_CLIENT_ID) {
            throw new ValidationException("clientResponseId", "must be 1-" + MAX_CLIENT_ID + " characters");
        }
        if (command.startedAt() != null && command.completedAt() != null
                && command.completedAt().isBefore(command.startedAt())) {
            throw new ValidationException("completedAt", "is before startedAt");
        }
        Instant latest = Instant.now().plus(CLOCK_SKEW);
        if ((command.completedAt() != null && command.completedAt().isAfter(latest))
                || (command.startedAt() != null && command.startedAt().isAfter(latest))) {
            throw new ValidationException("completedAt", "is in the future");
        }
        List<SubmitResponse.Answer> given = command.answers() == null ? List.of() : command.answers();
        if (given.isEmpty()) {
            throw new ValidationException("answers", "at least one answer is needed");
        }
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (SubmitResponse.Answer answer : given) {
            if (isBlank(answer.item())) {
                throw new ValidationException("answers", "an answer names no item");
            }
            if (answer.rating() == null) {
                throw new ValidationException("answers", "item '" + answer.item() + "' has no rating; leave a skipped item out");
            }
            if (answers.put(answer.item(), answer.rating()) != null) {
                throw new ValidationException("answers", "item '" + answer.item() + "' is answered twice");
            }
        }
        return answers;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
