package io.motiv.valuation.segment.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;

@Name("SegmentMarketInputs")
public record SegmentMarketInputsView(
        @NonNull @Id String segmentId,
        @NonNull @Description("Yearly addressable market, in the valuation currency") BigDecimal addressableMarket,
        @Description("Yearly market growth as a fraction (0.05 = 5 %)") double growthRate,
        @Description("Competition / saturation, 0 (none) .. 1 (saturated)") double competitionIndex,
        @NonNull Instant updatedAt) {
}
