package io.motiv.valuation.clv.service;

import io.motiv.valuation.clv.ClvModel;
import io.motiv.valuation.clv.ClvModelFlag;
import io.motiv.valuation.clv.model.BgNbdParameters;
import io.motiv.valuation.clv.model.GammaGammaParameters;
import io.motiv.valuation.clv.repository.ClvModelRepository;
import io.motiv.valuation.clv.repository.ClvPredictionRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stores a fit: the model row and, for a FITTED model, its predictions, in one transaction. */
@ApplicationScoped
public class ClvModelStore {

    private final ClvModelRepository models;
    private final ClvPredictionRepository predictions;

    public ClvModelStore(ClvModelRepository models, ClvPredictionRepository predictions) {
        this.models = models;
        this.predictions = predictions;
    }

    @WithTransaction
    public Uni<ClvModel> save(FitSettings settings, ClvFitResult result, List<ClvModelFlag> extraFlags, String user) {
        ClvModel model = toEntity(settings, result, extraFlags, user);
        return models.persist(model)
                .chain(stored -> result.predictions() == null ? Uni.createFrom().item(stored)
                        : models.flush().chain(() -> predictions.insert(stored.id, result.predictions())).replaceWith(stored));
    }

    static ClvModel toEntity(FitSettings settings, ClvFitResult result, List<ClvModelFlag> extraFlags, String user) {
        ClvModel model = new ClvModel();
        model.id = UUID.randomUUID();
        model.name = settings.name();
        model.status = result.status();
        model.statusReason = result.statusReason();
        model.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        model.createdBy = user;
        model.calibrationEnd = settings.calibrationEnd();
        model.timeUnit = settings.unit().name();
        model.horizonMonths = settings.horizonMonths();
        model.monthlyDiscountRate = settings.monthlyDiscountRate();
        model.currency = settings.currency();
        model.customers = result.customers();
        model.repeatCustomers = result.repeatCustomers();
        model.excludedCustomers = result.excludedCustomers();
        model.fitMillis = result.fitMillis();
        List<ClvModelFlag> flags = new ArrayList<>(result.flags());
        extraFlags.stream().filter(flag -> !flags.contains(flag)).forEach(flags::add);
        model.flags(flags);
        model.spendFrequencyCorrelation = finite(result.spendFrequencyCorrelation());
        if (result.purchaseFit() != null) {
            BgNbdParameters p = result.purchaseFit().parameters();
            model.bgNbdR = finite(p.r());
            model.bgNbdAlpha = finite(p.alpha());
            model.bgNbdA = finite(p.a());
            model.bgNbdB = finite(p.b());
            result.purchaseFit().standardErrors().ifPresent(se -> {
                model.bgNbdSeR = finite(se.r());
                model.bgNbdSeAlpha = finite(se.alpha());
                model.bgNbdSeA = finite(se.a());
                model.bgNbdSeB = finite(se.b());
            });
            model.bgNbdLogLikelihood = finite(result.purchaseFit().logLikelihood());
            model.bgNbdConverged = result.purchaseFit().converged();
            model.bgNbdStatus = result.purchaseFit().diagnostics().status();
            model.bgNbdIterations = result.purchaseFit().diagnostics().iterations();
        }
        if (result.spendFit() != null) {
            GammaGammaParameters p = result.spendFit().parameters();
            model.ggP = finite(p.p());
            model.ggQ = finite(p.q());
            model.ggV = finite(p.v());
            result.spendFit().standardErrors().ifPresent(se -> {
                model.ggSeP = finite(se.p());
                model.ggSeQ = finite(se.q());
                model.ggSeV = finite(se.v());
            });
            model.ggLogLikelihood = finite(result.spendFit().logLikelihood());
            model.ggConverged = result.spendFit().converged();
            model.ggStatus = result.spendFit().diagnostics().status();
            model.ggIterations = result.spendFit().diagnostics().iterations();
            model.ggCustomers = result.spendFit().repeatCustomers();
        }
        return model;
    }

    private static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
