package io.motiv.valuation.segment.service;

import io.motiv.events.EventTypes;
import io.motiv.events.valuation.SegmentValuated;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.motiv.valuation.ValuationConfig;
import io.motiv.valuation.clv.ClvModel;
import io.motiv.valuation.clv.ClvModelStatus;
import io.motiv.valuation.clv.repository.ClvModelRepository;
import io.motiv.valuation.purchase.service.PurchaseHistory;
import io.motiv.valuation.segment.SegmentMarketInput;
import io.motiv.valuation.segment.SegmentValuation;
import io.motiv.valuation.segment.repository.SegmentDirectory;
import io.motiv.valuation.segment.repository.SegmentMarketInputRepository;
import io.motiv.valuation.segment.repository.SegmentValuationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Values the segments of a segmentation, keeps the valuations as history and publishes SegmentValuated events. */
@ApplicationScoped
public class SegmentValuationService {

    public static final int MAX_PERIOD_MONTHS = 36;

    /** What valueSegments was asked, before defaults. */
    public record ValueRequest(String segmentationId, LocalDate periodEnd, Integer periodMonths, String currency,
                               UUID clvModelId) {
    }

    public record Page(List<SegmentValuation> valuations, long total) {
    }

    private final SegmentDirectory directory;
    private final SegmentValuationRepository valuations;
    private final SegmentMarketInputRepository marketInputs;
    private final ClvModelRepository models;
    private final PurchaseHistory purchases;
    private final Outbox outbox;
    private final ValueScore weights;

    public SegmentValuationService(SegmentDirectory directory, SegmentValuationRepository valuations,
                                   SegmentMarketInputRepository marketInputs, ClvModelRepository models,
                                   PurchaseHistory purchases, Outbox outbox, ValuationConfig config) {
        this.directory = directory;
        this.valuations = valuations;
        this.marketInputs = marketInputs;
        this.models = models;
        this.purchases = purchases;
        this.outbox = outbox;
        this.weights = ValueScore.of(config.score());
    }

    @WithTransaction
    public Uni<List<SegmentValuation>> value(ValueRequest request, String user) {
        LocalDate periodEnd = request.periodEnd() == null ? LocalDate.now(ZoneOffset.UTC) : request.periodEnd();
        int months = request.periodMonths() == null ? 12 : request.periodMonths();
        if (months < 1 || months > MAX_PERIOD_MONTHS) {
            return Uni.createFrom().failure(new ValidationException("periodMonths", "must be 1-" + MAX_PERIOD_MONTHS));
        }
        if (request.currency() != null && !request.currency().matches("[A-Z]{3}")) {
            return Uni.createFrom().failure(new ValidationException("currency", "must be an ISO 4217 code such as EUR"));
        }
        String segmentationId = request.segmentationId();
        return directory.currentRun(segmentationId)
                .onItem().ifNull().failWith(() -> new NotFoundException("segmentation", segmentationId))
                .chain(runId -> currency(request.currency())
                        .chain(currency -> clvModel(request.clvModelId(), currency)
                                .chain(model -> directory.segments(segmentationId, runId).chain(segments -> {
                                    LocalDate start = periodEnd.plusDays(1).minusMonths(months);
                                    OffsetDateTime currentEnd = periodEnd.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
                                    OffsetDateTime currentStart = start.atStartOfDay().atOffset(ZoneOffset.UTC);
                                    OffsetDateTime previousStart = start.minusMonths(months).atStartOfDay().atOffset(ZoneOffset.UTC);
                                    UUID modelId = model == null ? null : model.id;
                                    SegmentValuer.Context context = new SegmentValuer.Context(UUID.randomUUID(), segmentationId,
                                            runId, currency, start, periodEnd, months, modelId,
                                            Instant.now().truncatedTo(ChronoUnit.MICROS), user);
                                    List<String> ids = segments.stream().map(SegmentDirectory.KnownSegment::segmentId).toList();
                                    return directory.aggregates(segmentationId, runId, currency, previousStart, currentStart,
                                                    currentEnd, modelId)
                                            .chain(aggregates -> marketInputs(ids).map(inputs ->
                                                    SegmentValuer.value(context, segments, aggregates, inputs, weights)));
                                }))))
                .call(list -> valuations.persist(list))
                .call(list -> publish(list));
    }

    @WithSession
    public Uni<List<SegmentValuation>> latest(String segmentationId) {
        return valuations.latestBatch(segmentationId).chain(list -> !list.isEmpty() ? Uni.createFrom().item(list)
                : directory.currentRun(segmentationId).map(run -> {
                    if (run == null) {
                        throw new NotFoundException("segmentation", segmentationId);
                    }
                    return list;
                }));
    }

    @WithSession
    public Uni<Map<String, SegmentValuation>> latestFor(Collection<String> segmentIds) {
        return valuations.latestFor(segmentIds);
    }

    @WithSession
    public Uni<Page> history(String segmentId, int offset, int size) {
        return valuations.history(segmentId, offset, size)
                .chain(list -> valuations.countFor(segmentId).map(total -> new Page(list, total)));
    }

    @WithSession
    public Uni<Map<String, SegmentMarketInput>> marketInputsOf(Collection<String> segmentIds) {
        return marketInputs(List.copyOf(segmentIds));
    }

    @WithTransaction
    public Uni<SegmentMarketInput> setMarketInputs(String segmentId, BigDecimal addressableMarket, double growthRate,
                                                   double competitionIndex, String user) {
        if (addressableMarket == null || addressableMarket.signum() < 0) {
            return Uni.createFrom().failure(new ValidationException("addressableMarket", "must be >= 0"));
        }
        if (!Double.isFinite(growthRate) || growthRate <= -1 || growthRate > 10) {
            return Uni.createFrom().failure(new ValidationException("growthRate",
                    "must be a yearly rate as a fraction above -1 and at most 10 (0.05 = 5 % a year)"));
        }
        if (!Double.isFinite(competitionIndex) || competitionIndex < 0 || competitionIndex > 1) {
            return Uni.createFrom().failure(new ValidationException("competitionIndex", "must be in 0..1"));
        }
        return directory.segmentExists(segmentId)
                .chain(exists -> {
                    if (!exists) {
                        return Uni.createFrom().failure(new NotFoundException("segment", segmentId));
                    }
                    return marketInputs.findById(segmentId);
                })
                .chain(existing -> {
                    SegmentMarketInput input = existing == null ? new SegmentMarketInput() : existing;
                    input.segmentId = segmentId;
                    input.addressableMarket = addressableMarket;
                    input.growthRate = growthRate;
                    input.competitionIndex = competitionIndex;
                    input.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    input.updatedBy = user;
                    return existing == null ? marketInputs.persist(input) : Uni.createFrom().item(input);
                });
    }

    private Uni<Map<String, SegmentMarketInput>> marketInputs(List<String> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return marketInputs.list("segmentId in ?1", segmentIds)
                .map(list -> list.stream().collect(Collectors.toMap(i -> i.segmentId, Function.identity())));
    }

    private Uni<String> currency(String requested) {
        return purchases.coverage().map(coverage -> {
            if (requested != null) {
                return requested;
            }
            if (coverage.size() == 1) {
                return coverage.getFirst().currency();
            }
            throw new ValidationException("currency", coverage.isEmpty() ? "there are no purchases yet: give the currency"
                    : "purchases are in several currencies (" + coverage.stream().map(PurchaseHistory.CurrencyCoverage::currency)
                    .collect(Collectors.joining(", ")) + "): choose one");
        });
    }

    private Uni<ClvModel> clvModel(UUID requested, String currency) {
        if (requested == null) {
            return models.find("status = ?1 AND currency = ?2", Sort.descending("createdAt").and("id"),
                    ClvModelStatus.FITTED, currency).firstResult();
        }
        return models.findById(requested).map(model -> {
            if (model == null) {
                throw new NotFoundException("CLV model", requested.toString());
            }
            if (model.status != ClvModelStatus.FITTED) {
                throw new ValidationException("clvModelId", "model " + requested + " is " + model.status + ", not FITTED");
            }
            if (!currency.equals(model.currency.strip())) {
                throw new ValidationException("clvModelId", "model " + requested + " is in " + model.currency.strip()
                        + ", the valuation in " + currency);
            }
            return model;
        });
    }

    private Uni<Void> publish(List<SegmentValuation> list) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SegmentValuation v : list) {
            SegmentValuated event = new SegmentValuated(v.id.toString(), v.segmentationId, v.runId, v.segmentId, v.customers,
                    v.revenue.setScale(2, RoundingMode.HALF_UP), v.revenueShare, money(v.meanClv), money(v.totalClv),
                    v.churnRisk, v.valueScore, v.currency, v.valuedAt);
            chain = chain.chain(() -> outbox.append(EventTypes.SEGMENT_VALUATED, v.segmentId, event)).replaceWithVoid();
        }
        return chain;
    }

    private static BigDecimal money(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
