package io.motiv.valuation.clv.service;

import io.motiv.service.api.ValidationException;
import io.motiv.valuation.ValuationConfig;
import io.motiv.valuation.clv.ClvModel;
import io.motiv.valuation.clv.ClvModelFlag;
import io.motiv.valuation.clv.model.PurchaseTimeUnit;
import io.motiv.valuation.clv.repository.ClvModelRepository;
import io.motiv.valuation.clv.repository.ClvPredictionRepository;
import io.motiv.valuation.purchase.service.PurchaseHistory;
import io.motiv.valuation.support.OffEventLoop;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fits CLV models synchronously: reads the purchase facts (one session), fits on a worker thread, stores model and
 * predictions (one transaction). A fit of 100,000 customers takes seconds; above
 * {@code motiv.valuation.clv.max-customers} it is refused rather than holding a request for minutes.
 */
@ApplicationScoped
public class ClvModelService {

    private static final int MAX_NAME = 200;

    /** What {@code fitClvModel} was asked, before defaults. */
    public record FitRequest(String name, LocalDate calibrationEnd, PurchaseTimeUnit timeUnit, Integer horizonMonths,
                             Double monthlyDiscountRate, String currency) {
    }

    public record Page(List<ClvModel> models, long total) {
    }

    private final ClvModelRepository models;
    private final ClvPredictionRepository predictions;
    private final PurchaseHistory history;
    private final ClvModelStore store;
    private final ValuationConfig.Clv config;

    public ClvModelService(ClvModelRepository models, ClvPredictionRepository predictions, PurchaseHistory history,
                           ClvModelStore store, ValuationConfig config) {
        this.models = models;
        this.predictions = predictions;
        this.history = history;
        this.store = store;
        this.config = config.clv();
    }

    @WithSession
    public Uni<ClvModel> findById(UUID id) {
        return models.findById(id);
    }

    @WithSession
    public Uni<Page> page(int offset, int size) {
        return models.page(offset, size).chain(list -> models.count().map(total -> new Page(list, total)));
    }

    @WithSession
    public Uni<Map<UUID, ClvPredictionRepository.CustomerPrediction>> lifetimeValues(Collection<UUID> customerIds) {
        return predictions.latestFor(customerIds);
    }

    public Uni<ClvModel> fit(FitRequest request, String user) {
        FitSettings partial;
        try {
            partial = validate(request, null);
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        List<ClvModelFlag> extraFlags = new ArrayList<>();
        return history.coverage()
                .map(coverage -> coverageOf(coverage, partial, extraFlags))
                .chain(coverage -> history.customersUpTo(coverage.currency(), partial.calibrationEnd()).map(customers -> {
                    if (customers > config.maxCustomers()) {
                        throw new ValidationException("calibrationEnd", customers + " customers to fit; a fit takes at most "
                                + config.maxCustomers() + " (motiv.valuation.clv.max-customers)");
                    }
                    return validate(request, coverage.currency());
                }))
                .chain(settings -> history.days(settings.currency(), settings.calibrationEnd())
                        .chain(days -> OffEventLoop.compute(() -> ClvFitter.fit(days, settings)))
                        .chain(result -> store.save(settings, result, extraFlags, user)));
    }

    private static PurchaseHistory.CurrencyCoverage coverageOf(List<PurchaseHistory.CurrencyCoverage> coverage,
                                                               FitSettings settings, List<ClvModelFlag> flags) {
        PurchaseHistory.CurrencyCoverage chosen;
        if (settings.currency() != null) {
            chosen = coverage.stream().filter(c -> c.currency().equals(settings.currency())).findFirst()
                    .orElseThrow(() -> new ValidationException("currency", "no purchases in " + settings.currency()));
        } else if (coverage.isEmpty()) {
            throw new ValidationException("calibrationEnd", "there are no purchases to fit yet");
        } else if (coverage.size() > 1) {
            throw new ValidationException("currency", "purchases are in several currencies ("
                    + coverage.stream().map(PurchaseHistory.CurrencyCoverage::currency).collect(Collectors.joining(", "))
                    + "): choose one");
        } else {
            chosen = coverage.getFirst();
        }
        if (settings.calibrationEnd().isBefore(chosen.firstDay())) {
            throw new ValidationException("calibrationEnd", "is before the first purchase in " + chosen.currency()
                    + " (" + chosen.firstDay() + ")");
        }
        if (settings.calibrationEnd().isAfter(chosen.lastDay())) {
            flags.add(ClvModelFlag.CALIBRATION_END_AFTER_LAST_PURCHASE);
        }
        return chosen;
    }

    private FitSettings validate(FitRequest request, String currency) {
        if (request.calibrationEnd() == null) {
            throw new ValidationException("calibrationEnd", "is required");
        }
        if (request.calibrationEnd().isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw new ValidationException("calibrationEnd", "must not be in the future");
        }
        int horizon = request.horizonMonths() == null ? 12 : request.horizonMonths();
        if (horizon < 1 || horizon > config.maxHorizonMonths()) {
            throw new ValidationException("horizonMonths", "must be 1-" + config.maxHorizonMonths());
        }
        double discount = request.monthlyDiscountRate() == null ? 0.01 : request.monthlyDiscountRate();
        if (!Double.isFinite(discount) || discount < 0 || discount >= 1) {
            throw new ValidationException("monthlyDiscountRate", "must be a fraction in [0, 1) (0.01 = 1 % a month)");
        }
        String requestedCurrency = request.currency() == null ? null : request.currency().strip();
        if (requestedCurrency != null && !requestedCurrency.matches("[A-Z]{3}")) {
            throw new ValidationException("currency", "must be an ISO 4217 code such as EUR");
        }
        String name = request.name() == null || request.name().isBlank()
                ? "CLV to " + request.calibrationEnd() : request.name().strip();
        if (name.length() > MAX_NAME) {
            throw new ValidationException("name", "must be at most " + MAX_NAME + " characters");
        }
        PurchaseTimeUnit unit = request.timeUnit() == null ? PurchaseTimeUnit.WEEKS : request.timeUnit();
        return new FitSettings(name, request.calibrationEnd(), unit, horizon, discount,
                currency != null ? currency : requestedCurrency);
    }
}
