package io.motiv.valuation.clv.mapping;

import io.motiv.valuation.clv.ClvModel;
import io.motiv.valuation.clv.api.graphql.ClvModelView;
import io.motiv.valuation.clv.api.graphql.CustomerLifetimeValueView;
import io.motiv.valuation.clv.model.PurchaseTimeUnit;
import io.motiv.valuation.clv.repository.ClvPredictionRepository;

public final class ClvModelMapper {

    private ClvModelMapper() {
    }

    public static ClvModelView toView(ClvModel m) {
        if (m == null) {
            return null;
        }
        ClvModelView.PurchaseModelFit purchase = m.bgNbdConverged == null ? null : new ClvModelView.PurchaseModelFit(
                new ClvModelView.BgNbdParametersView(m.bgNbdR, m.bgNbdAlpha, m.bgNbdA, m.bgNbdB),
                m.bgNbdSeR == null ? null : new ClvModelView.BgNbdParametersView(m.bgNbdSeR, m.bgNbdSeAlpha, m.bgNbdSeA, m.bgNbdSeB),
                m.bgNbdLogLikelihood, m.bgNbdConverged, m.bgNbdStatus, m.bgNbdIterations);
        ClvModelView.SpendModelFit spend = m.ggConverged == null ? null : new ClvModelView.SpendModelFit(
                new ClvModelView.GammaGammaParametersView(m.ggP, m.ggQ, m.ggV),
                m.ggSeP == null ? null : new ClvModelView.GammaGammaParametersView(m.ggSeP, m.ggSeQ, m.ggSeV),
                m.ggLogLikelihood, m.ggConverged, m.ggStatus, m.ggIterations, m.ggCustomers);
        return new ClvModelView(m.id.toString(), m.name, m.status, m.statusReason, m.createdAt, m.calibrationEnd,
                m.timeUnit == null ? null : PurchaseTimeUnit.valueOf(m.timeUnit), m.horizonMonths, m.monthlyDiscountRate,
                m.currency == null ? null : m.currency.strip(), m.customers, m.repeatCustomers, m.excludedCustomers,
                m.fitMillis, m.flagList(), purchase, spend, m.spendFrequencyCorrelation);
    }

    public static CustomerLifetimeValueView toView(ClvPredictionRepository.CustomerPrediction p) {
        return p == null ? null : new CustomerLifetimeValueView(p.modelId().toString(), p.currency(), p.horizonMonths(),
                PurchaseTimeUnit.valueOf(p.timeUnit()), p.frequency(), p.probabilityAlive(), p.expectedPurchases(),
                p.expectedSpend(), p.lifetimeValue());
    }
}
